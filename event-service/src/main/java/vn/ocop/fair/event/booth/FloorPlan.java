package vn.ocop.fair.event.booth;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The floor plan of a fair at an instant: every booth with its status and assignments. */
@Component
public class FloorPlan {

    private final Booths booths;
    private final AssignmentDocuments assignments;

    FloorPlan(Booths booths, AssignmentDocuments assignments) {
        this.booths = booths;
        this.assignments = assignments;
    }

    public View at(FairTerms fair, Instant at) {
        FairAssignments current = assignments.load(fair.fairId());
        List<BoothView> views = booths.ofFair(fair.fairId()).stream()
                .map(b -> BoothView.of(b, current.ofBooth(b.code()), at))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BoothStatus status : BoothStatus.values()) {
            counts.put(
                    status.label(),
                    views.stream()
                            .filter(v -> v.status().equals(status.label()))
                            .count());
        }
        return new View(fair.fairId(), fair.name(), at, counts, views);
    }

    /** How many of the fair's booths are in each status at {@code at}: what the booth gauge reports. */
    public Map<BoothStatus, Long> counts(String fairId, Instant at) {
        FairAssignments current = assignments.load(fairId);
        Map<BoothStatus, Long> counts = new EnumMap<>(BoothStatus.class);
        for (BoothStatus status : BoothStatus.values()) {
            counts.put(status, 0L);
        }
        for (Booth booth : booths.ofFair(fairId)) {
            counts.merge(BoothStatus.of(booth, current.ofBooth(booth.code()), at), 1L, Long::sum);
        }
        return counts;
    }

    /** @param counts booths per status, e.g. {@code {"available": 40, "assigned": 10}} */
    public record View(String fairId, String fairName, Instant at, Map<String, Long> counts, List<BoothView> booths) {}

    /**
     * @param current the assignment on at the instant, else the next one, else null
     * @param assignments all the booth's live assignments, earliest first
     */
    public record BoothView(
            String code,
            String zone,
            BoothType type,
            double sizeM2,
            long priceVnd,
            int gridX,
            int gridY,
            String status,
            AssignmentView current,
            List<AssignmentView> assignments) {

        static BoothView of(Booth b, List<Assignment> ofBooth, Instant at) {
            AssignmentView current = ofBooth.stream()
                    .filter(a -> a.period().contains(at))
                    .findFirst()
                    .or(() -> ofBooth.stream()
                            .filter(a -> a.period().startsAt().isAfter(at))
                            .findFirst())
                    .map(AssignmentView::of)
                    .orElse(null);
            return new BoothView(
                    b.code(),
                    b.zone(),
                    b.type(),
                    b.sizeM2(),
                    b.priceVnd(),
                    b.gridX(),
                    b.gridY(),
                    BoothStatus.of(b, ofBooth, at).label(),
                    current,
                    ofBooth.stream().map(AssignmentView::of).toList());
        }
    }

    public record AssignmentView(
            String assignmentId,
            String boothCode,
            String producerId,
            String applicationId,
            List<String> productIds,
            Instant startsAt,
            Instant endsAt) {

        public static AssignmentView of(Assignment a) {
            return new AssignmentView(
                    a.assignmentId(),
                    a.boothCode(),
                    a.producerId(),
                    a.applicationId(),
                    a.productIds(),
                    a.period().startsAt(),
                    a.period().endsAt());
        }
    }
}
