package vn.ocop.fair.event.booth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.EventProperties;
import vn.ocop.fair.event.fair.FairEventEntries;
import vn.ocop.fair.event.fair.events.BoothAssigned;
import vn.ocop.fair.event.fair.events.BoothReleased;
import vn.ocop.fair.event.fair.events.FairEvent;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;

/**
 * Assigns booths to producers and releases them. Each change is decided on the fair's current
 * assignments and stored with its event by one compare-and-set; a lost race is retried on the
 * new state, so concurrent requests for the same booth end with exactly one winner.
 */
@Service
public class BoothAssignments {

    private final AssignmentDocuments documents;
    private final Booths booths;
    private final FairEventEntries entries;
    private final OutboxRelay relay;
    private final Clock clock;
    private final int attempts;

    BoothAssignments(
            AssignmentDocuments documents,
            Booths booths,
            FairEventEntries entries,
            OutboxRelays relays,
            ObjectProvider<Clock> clock,
            EventProperties properties) {
        this.documents = documents;
        this.booths = booths;
        this.entries = entries;
        this.relay = relays.forCollection(AssignmentDocuments.COLLECTION);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.attempts = properties.booths().assignmentAttempts();
    }

    /**
     * Gives the booth to the producer for {@code period} (the whole fair when null) and publishes
     * {@code BoothAssigned}.
     */
    public Assignment assign(
            FairTerms fair,
            String boothCode,
            String producerId,
            String applicationId,
            List<String> productIds,
            Period period) {
        fair.requireChangeable();
        Period wanted = period == null ? fair.wholeFair() : period;
        if (!wanted.within(fair.wholeFair())) {
            throw new BoothRefusals.PeriodOutsideFair(wanted, fair.wholeFair());
        }
        Booth booth = booths.require(fair.fairId(), boothCode);
        return change(fair.fairId(), current -> {
            Instant now = clock.instant();
            FairAssignments next =
                    current.assign(booth, producerId, applicationId, productIds, wanted, fair.boothsPerProducer(), now);
            Assignment made = next.ofBooth(boothCode).stream()
                    .filter(a -> a.producerId().equals(producerId) && a.period().equals(wanted))
                    .findFirst()
                    .orElseThrow();
            boolean unchanged = current.find(made.assignmentId())
                    .map(a -> a.productIds().equals(made.productIds()))
                    .orElse(false);
            return new Outcome(unchanged ? null : next, made, unchanged ? null : assigned(fair, booth, made, now));
        });
    }

    /**
     * Takes the booth back ({@code assignmentId} null: the assignment on now, else the next one)
     * and publishes {@code BoothReleased}.
     */
    public Assignment release(FairTerms fair, String boothCode, String assignmentId, String reason) {
        fair.requireChangeable();
        booths.require(fair.fairId(), boothCode);
        return change(fair.fairId(), current -> {
            Instant now = clock.instant();
            Assignment released = current.toRelease(boothCode, assignmentId, now)
                    .orElseThrow(() -> new BoothRefusals.AssignmentNotFound(boothCode));
            return new Outcome(
                    current.without(released),
                    released,
                    new BoothReleased(
                            fair.fairId(), released.assignmentId(), boothCode, released.producerId(), now, reason));
        });
    }

    public List<Assignment> ofFair(String fairId) {
        return documents.load(fairId).all();
    }

    public List<Assignment> ofApplication(String fairId, String applicationId) {
        return documents.load(fairId).ofApplication(applicationId);
    }

    private Assignment change(String fairId, Function<FairAssignments, Outcome> decide) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            FairAssignments current = documents.load(fairId);
            Outcome outcome = decide.apply(current);
            if (outcome.next() == null) {
                return outcome.assignment();
            }
            if (documents.save(outcome.next(), entries.of(outcome.event()))) {
                relay.wake(fairId);
                return outcome.assignment();
            }
            Thread.onSpinWait();
        }
        throw new CommonRefusals.ConcurrentChange("The booth assignments of fair " + fairId);
    }

    private static BoothAssigned assigned(FairTerms fair, Booth booth, Assignment a, Instant now) {
        return new BoothAssigned(
                fair.fairId(),
                a.assignmentId(),
                a.boothCode(),
                booth.zone(),
                a.producerId(),
                a.productIds(),
                fair.name(),
                fair.startsOn(),
                fair.endsOn(),
                a.period().startsAt(),
                a.period().endsAt(),
                now);
    }

    /** What one attempt decided: the state to store (null: nothing changes), the result, its event. */
    private record Outcome(FairAssignments next, Assignment assignment, FairEvent event) {}
}
