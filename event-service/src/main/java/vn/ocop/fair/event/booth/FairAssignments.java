package vn.ocop.fair.event.booth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.ocop.fair.support.web.RefusedRequest;

/**
 * Every live booth assignment of one fair, kept in one document so that each assignment is checked
 * against all the others and stored in one conditional update (on {@code version}): no booth
 * double-booked for overlapping periods, and no producer holding more than the fair's {@code
 * boothsPerProducer} booths at the same moment (two adjacent booths are fine with the default 2) —
 * even when requests race.
 */
final class FairAssignments {

    private final String fairId;
    private final long version;
    private final List<Assignment> assignments;

    FairAssignments(String fairId, long version, List<Assignment> assignments) {
        this.fairId = fairId;
        this.version = version;
        this.assignments = List.copyOf(assignments);
    }

    static FairAssignments none(String fairId) {
        return new FairAssignments(fairId, 0, List.of());
    }

    /**
     * The assignments after giving {@code booth} to {@code producerId} for {@code period}. Saying
     * the same again with another product list replaces the earlier assignment (same id).
     *
     * @throws RefusedRequest why not: blocked, booth taken then, or the producer already holds {@code
     *     boothsPerProducer} booths at some moment of the period
     */
    FairAssignments assign(
            Booth booth,
            String producerId,
            String applicationId,
            List<String> productIds,
            Period period,
            int boothsPerProducer,
            Instant now) {
        if (booth.blocked()) {
            throw new BoothRefusals.BoothBlocked(booth.code());
        }
        Optional<Assignment> same = assignments.stream()
                .filter(a -> a.boothCode().equals(booth.code())
                        && a.producerId().equals(producerId)
                        && a.period().equals(period))
                .findFirst();
        List<Assignment> others = assignments.stream()
                .filter(a -> same.map(s -> s != a).orElse(true))
                .toList();
        for (Assignment a : others) {
            if (a.boothCode().equals(booth.code()) && a.period().overlaps(period)) {
                throw new BoothRefusals.BoothAlreadyAssigned(booth.code(), period, a.period());
            }
        }
        List<Assignment> heldMeanwhile = mostHeldAtOnce(
                others.stream().filter(a -> a.producerId().equals(producerId)).toList(), period);
        if (heldMeanwhile.size() >= boothsPerProducer) {
            throw new BoothRefusals.BoothLimitReached(producerId, heldMeanwhile, period, boothsPerProducer);
        }
        Assignment assignment = new Assignment(
                same.map(Assignment::assignmentId)
                        .orElseGet(() -> UUID.randomUUID().toString()),
                booth.code(),
                producerId,
                applicationId,
                productIds,
                period,
                now);
        List<Assignment> next = new ArrayList<>(others);
        next.add(assignment);
        return new FairAssignments(fairId, version, next);
    }

    /**
     * The most of {@code held} in force at one moment of {@code period}: the crowd is largest at the
     * start of the period or of one of the assignments (periods are half-open).
     */
    private static List<Assignment> mostHeldAtOnce(List<Assignment> held, Period period) {
        List<Assignment> during =
                held.stream().filter(a -> a.period().overlaps(period)).toList();
        return Stream.concat(
                        Stream.of(period.startsAt()),
                        during.stream().map(a -> a.period().startsAt()))
                .filter(period::contains)
                .map(moment ->
                        during.stream().filter(a -> a.period().contains(moment)).toList())
                .max(Comparator.comparingInt(List::size))
                .orElse(List.of());
    }

    /** The assignment of {@code boothCode} a release without an id means: the one on now, else the next, else the last. */
    Optional<Assignment> toRelease(String boothCode, String assignmentId, Instant now) {
        List<Assignment> ofBooth = ofBooth(boothCode);
        if (assignmentId != null) {
            return ofBooth.stream()
                    .filter(a -> a.assignmentId().equals(assignmentId))
                    .findFirst();
        }
        return ofBooth.stream()
                .filter(a -> a.period().contains(now))
                .findFirst()
                .or(() -> ofBooth.stream()
                        .filter(a -> a.period().startsAt().isAfter(now))
                        .findFirst())
                .or(() -> ofBooth.isEmpty() ? Optional.empty() : Optional.of(ofBooth.get(ofBooth.size() - 1)));
    }

    FairAssignments without(Assignment released) {
        return new FairAssignments(
                fairId,
                version,
                assignments.stream()
                        .filter(a -> !a.assignmentId().equals(released.assignmentId()))
                        .toList());
    }

    /** The booth's assignments, earliest first. */
    List<Assignment> ofBooth(String boothCode) {
        return assignments.stream()
                .filter(a -> a.boothCode().equals(boothCode))
                .sorted(Comparator.comparing(a -> a.period().startsAt()))
                .toList();
    }

    List<Assignment> ofApplication(String applicationId) {
        return assignments.stream()
                .filter(a -> applicationId.equals(a.applicationId()))
                .toList();
    }

    Optional<Assignment> find(String assignmentId) {
        return assignments.stream()
                .filter(a -> a.assignmentId().equals(assignmentId))
                .findFirst();
    }

    String fairId() {
        return fairId;
    }

    long version() {
        return version;
    }

    List<Assignment> all() {
        return assignments;
    }
}
