package vn.ocop.fair.event.fair;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;
import vn.ocop.fair.support.security.Caller;

/**
 * The organisers' use cases on fairs: draft, edit, publish, cancel; and the scheduler's open and
 * close. Each change is read, decided by the {@link Fair} and written conditionally on the status
 * and version it was read in; a lost race is re-read and decided again (then usually refused as an
 * illegal transition, e.g. opening a fair another instance just opened).
 */
@Service
public class FairPlanning {

    private static final int ATTEMPTS = 5;

    private final Fairs fairs;
    private final OutboxRelay relay;
    private final Clock clock;

    FairPlanning(Fairs fairs, OutboxRelays relays, Clock clock) {
        this.fairs = fairs;
        this.relay = relays.forCollection(Fairs.COLLECTION);
        this.clock = clock;
    }

    /** Drafts a fair; {@code organiserId} is the organising office (the asker's name when null). */
    public Fair draft(FairPlan plan, String organiserId, Caller organiser) {
        String organising = organiserId == null || organiserId.isBlank() ? organiser.subject() : organiserId;
        Fair.Change created = Fair.draft(UUID.randomUUID().toString(), plan, organising, clock.instant());
        fairs.add(created);
        relay.wake(created.fair().id());
        return created.fair();
    }

    /** A new plan while DRAFT or PUBLISHED; with {@code expectedVersion}, only if nobody changed it since. */
    public Fair edit(String fairId, FairPlan plan, Long expectedVersion) {
        return change(fairId, fair -> {
            if (expectedVersion != null && expectedVersion != fair.version()) {
                throw new CommonRefusals.ConcurrentChange(
                        "Fair " + fairId + " (now at version " + fair.version() + ")");
            }
            return fair.edit(plan, clock.instant());
        });
    }

    public Fair publish(String fairId) {
        return change(fairId, fair -> fair.publish(fairs.boothCount(fairId), clock.instant()));
    }

    public Fair cancel(String fairId, String reason) {
        return change(fairId, fair -> fair.cancel(reason, clock.instant()));
    }

    Fair open(String fairId) {
        return change(fairId, fair -> fair.open(clock.instant()));
    }

    Fair close(String fairId) {
        return change(fairId, fair -> fair.close(clock.instant()));
    }

    /** Ids of the published fairs whose first day's opening time has come. */
    List<String> dueToOpen() {
        return fairs.due(FairStatus.PUBLISHED, "firstOpeningAt", clock.instant());
    }

    /** Ids of the open fairs whose last day's closing time has come. */
    List<String> dueToClose() {
        return fairs.due(FairStatus.OPEN, "lastClosingAt", clock.instant());
    }

    /** The fair, if {@code caller} may see it (drafts: organisers only). */
    public Fair find(String fairId, Caller caller) {
        return fairs.find(fairId)
                .filter(fair -> maySee(caller, fair))
                .orElseThrow(() -> new FairRefusals.FairNotFound(fairId));
    }

    FairPage list(FairQuery query, Caller caller) {
        boolean withDrafts = caller.isOrganiser();
        return new FairPage(fairs.list(query, withDrafts), query.page(), query.size(), fairs.count(query, withDrafts));
    }

    /** Drafts only organisers see; a published, open or closed fair anyone. */
    private static boolean maySee(Caller caller, Fair fair) {
        return caller.isOrganiser() || fair.status().isPublic();
    }

    private Fair change(String fairId, Function<Fair, Fair.Change> decision) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Fair before = fairs.find(fairId).orElseThrow(() -> new FairRefusals.FairNotFound(fairId));
            Fair.Change change = decision.apply(before);
            if (fairs.save(before, change)) {
                relay.wake(fairId);
                return change.fair();
            }
        }
        throw new CommonRefusals.ConcurrentChange("Fair " + fairId);
    }

    /** One page of fairs. */
    record FairPage(List<Fair> items, int page, int size, long total) {}
}
