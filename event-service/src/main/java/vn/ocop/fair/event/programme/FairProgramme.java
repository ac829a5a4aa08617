package vn.ocop.fair.event.programme;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.fair.Fair;
import vn.ocop.fair.event.fair.FairPlanning;
import vn.ocop.fair.event.fair.FairRefusals;
import vn.ocop.fair.event.fair.Fairs;
import vn.ocop.fair.event.fair.events.ActivityScheduled;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;
import vn.ocop.fair.support.security.Caller;

/** The organisers' use cases on a fair's programme: schedule an activity, list them. */
@Service
public class FairProgramme {

    private static final int ATTEMPTS = 5;

    private final FairPlanning planning;
    private final Fairs fairs;
    private final Programmes programmes;
    private final OutboxRelay relay;
    private final Clock clock;

    FairProgramme(FairPlanning planning, Fairs fairs, Programmes programmes, OutboxRelays relays, Clock clock) {
        this.planning = planning;
        this.fairs = fairs;
        this.programmes = programmes;
        this.relay = relays.forCollection(Programmes.COLLECTION);
        this.clock = clock;
    }

    /** A scheduled activity and the warnings it came with (a producer booked twice at once). */
    public record Scheduled(Activity activity, List<String> warnings) {}

    /**
     * Adds an activity (its id is made here; the one given is ignored) to a fair that is not over.
     * Its place must be free then, and it must lie within one of the fair's days and hours.
     */
    public Scheduled schedule(String fairId, Activity proposed) {
        Fair fair = planning.find(fairId, Caller.system("programme"));
        if (fair.status().isFinished()) {
            throw new FairRefusals.FairFinished(fair);
        }
        String outside = fair.plan().whyOutsideHours(proposed.startsAt(), proposed.endsAt());
        if (outside != null) {
            throw new ProgrammeRefusals.ActivityOutsideHours(outside);
        }
        if (proposed.boothCode() != null
                && !proposed.boothCode().isBlank()
                && !fairs.hasBooth(fairId, proposed.boothCode().strip())) {
            throw new ProgrammeRefusals.InvalidActivity("Fair " + fairId + " has no booth " + proposed.boothCode());
        }
        Activity activity = new Activity(
                UUID.randomUUID().toString(),
                proposed.kind(),
                proposed.title(),
                blankToNull(proposed.stage()),
                blankToNull(proposed.boothCode()),
                proposed.startsAt(),
                proposed.endsAt(),
                proposed.livestream(),
                proposed.producerIds(),
                proposed.productIds());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Programme programme = programmes.find(fairId);
            List<String> warnings = programme.admit(activity);
            if (programmes.add(programme, activity, event(fairId, activity))) {
                relay.wake(fairId);
                return new Scheduled(activity, warnings);
            }
        }
        throw new CommonRefusals.ConcurrentChange("The programme of fair " + fairId);
    }

    /** The fair's activities by start, if {@code caller} may see the fair. */
    public List<Activity> activities(String fairId, Caller caller) {
        planning.find(fairId, caller);
        return programmes.find(fairId).activities().stream()
                .sorted(Comparator.comparing(Activity::startsAt).thenComparing(Activity::id))
                .toList();
    }

    /** One activity of the fair (promotions tie flash deals to livestreams). */
    public Optional<Activity> activity(String fairId, String activityId) {
        return programmes.find(fairId).find(activityId);
    }

    private ActivityScheduled event(String fairId, Activity a) {
        return new ActivityScheduled(
                fairId,
                a.id(),
                a.kind().name(),
                a.title(),
                a.stage(),
                a.boothCode(),
                a.startsAt(),
                a.endsAt(),
                a.livestream() == null
                        ? null
                        : new ActivityScheduled.Livestream(
                                a.livestream().platform().name(),
                                a.livestream().host(),
                                a.livestream().url()),
                a.producerIds(),
                a.productIds(),
                clock.instant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
