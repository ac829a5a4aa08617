package vn.ocop.fair.event.booth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.ocop.fair.event.Refusal;

/**
 * Every live booth assignment of one fair, kept in one document so that each assignment is checked
 * against all the others and stored in one conditional update (on {@code version}): no booth
 * double-booked for overlapping periods, one booth per producer at a time, and no producer over
 * the fair's booth limit — even when requests race.
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
     * @throws Refusal why not: blocked, booth taken then, producer elsewhere then, limit reached
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
            throw new Refusals.BoothBlocked(booth.code());
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
                throw new Refusals.BoothAlreadyAssigned(booth.code(), period, a.period());
            }
        }
        for (Assignment a : others) {
            if (a.producerId().equals(producerId) && a.period().overlaps(period)) {
                throw new Refusals.ProducerAlreadyExhibiting(producerId, a.boothCode(), a.period());
            }
        }
        long booths = Stream.concat(
                        others.stream()
                                .filter(a -> a.producerId().equals(producerId))
                                .map(Assignment::boothCode),
                        Stream.of(booth.code()))
                .distinct()
                .count();
        if (booths > boothsPerProducer) {
            throw new Refusals.BoothLimitReached(producerId, boothsPerProducer);
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
