package vn.ocop.fair.event.application;

import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.booth.FairTerms;
import vn.ocop.fair.event.booth.FairTermsLookup;
import vn.ocop.fair.event.fair.FairEventEntries;
import vn.ocop.fair.event.fair.events.ExhibitorApplicationDecided;
import vn.ocop.fair.event.fair.events.ExhibitorApplied;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;
import vn.ocop.fair.support.security.Caller;

/**
 * The exhibitor application use cases: apply, decide, withdraw, look. Who may do what to which
 * application is decided here (a producer only its own), the transitions in the application.
 */
@Service
public class ExhibitorApplications {

    private final Applications applications;
    private final FairTermsLookup fairs;
    private final Eligibility eligibility;
    private final FairEventEntries entries;
    private final OutboxRelay relay;
    private final Clock clock;

    ExhibitorApplications(
            Applications applications,
            FairTermsLookup fairs,
            Eligibility eligibility,
            FairEventEntries entries,
            OutboxRelays relays,
            ObjectProvider<Clock> clock) {
        this.applications = applications;
        this.fairs = fairs;
        this.eligibility = eligibility;
        this.entries = entries;
        this.relay = relays.forCollection(Applications.COLLECTION);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A producer applies (an organiser may apply on a producer's behalf) with the products it will
     * bring and the booths it would like, most wanted first. Eligibility is checked now.
     */
    public ExhibitorApplication apply(
            String fairId, Caller caller, String producerId, List<String> productIds, List<String> boothPreferences) {
        String producer = producerId == null || producerId.isBlank() ? caller.producerId() : producerId;
        if (producer == null) {
            throw new CommonRefusals.InvalidRequest(
                    "an organiser applying on a producer's behalf names the producerId");
        }
        if (!actsFor(caller, producer)) {
            throw new ApplicationRefusals.NotYourProducer(caller, producer);
        }
        FairTerms fair = fairs.require(fairId);
        if (!fair.acceptsApplications()) {
            throw new ApplicationRefusals.FairNotAcceptingApplications(fairId, fair.status());
        }
        List<String> products = List.copyOf(new LinkedHashSet<>(productIds));
        List<String> preferences =
                boothPreferences == null ? List.of() : List.copyOf(new LinkedHashSet<>(boothPreferences));
        eligibility.require(fair, producer, products);
        applications.active(fairId, producer).ifPresent(a -> {
            throw new ApplicationRefusals.AlreadyApplied(producer, a.id());
        });
        Instant now = clock.instant();
        ExhibitorApplication application =
                ExhibitorApplication.submit(fairId, producer, products, preferences, caller.subject(), now);
        applications.add(
                application,
                entries.of(new ExhibitorApplied(
                        fairId,
                        application.id(),
                        producer,
                        products,
                        preferences,
                        fair.name(),
                        fair.organiserId(),
                        now)));
        relay.wake(application.id());
        return application;
    }

    /** The organiser approves (eligibility checked again), rejects (a reason is required) or waitlists. */
    public ExhibitorApplication decide(String fairId, String id, Decision decision, String reason) {
        if (decision == Decision.REJECTED && (reason == null || reason.isBlank())) {
            throw new CommonRefusals.InvalidRequest("a rejection needs a reason");
        }
        FairTerms fair = fairs.require(fairId).requireChangeable();
        ExhibitorApplication current = require(fairId, id);
        if (decision == Decision.APPROVED) {
            eligibility.require(fair, current.producerId(), current.productIds());
        }
        return decide(fair, current, decision, reason);
    }

    /** Stores a decision with its event; used by the organiser's decisions and by waitlist promotion. */
    ExhibitorApplication decide(FairTerms fair, ExhibitorApplication current, Decision decision, String reason) {
        Long rank = decision == Decision.WAITLISTED ? applications.nextWaitlistRank(fair.fairId()) : null;
        Instant now = clock.instant();
        ExhibitorApplication decided = current.decide(decision, reason, rank, now);
        Integer position = decision == Decision.WAITLISTED ? applications.waitlistPosition(decided) : null;
        var event = new ExhibitorApplicationDecided(
                fair.fairId(), decided.id(), decided.producerId(), decision.name(), reason, position, fair.name(), now);
        if (!applications.save(decided, current.version(), entries.of(event))) {
            throw new CommonRefusals.ConcurrentChange("Application " + current.id());
        }
        relay.wake(decided.id());
        return decided;
    }

    /** The producer (or an organiser) withdraws; returns the application as it was before. */
    ExhibitorApplication withdraw(String fairId, String id, Caller caller, String reason) {
        ExhibitorApplication current = visible(fairId, id, caller);
        fairs.require(fairId).requireChangeable();
        ExhibitorApplication withdrawn = current.withdraw(reason, clock.instant());
        if (!applications.save(withdrawn, current.version(), List.of())) {
            throw new CommonRefusals.ConcurrentChange("Application " + id);
        }
        return current;
    }

    /** An application its producer or an organiser may see; anyone else is told it does not exist. */
    ExhibitorApplication visible(String fairId, String id, Caller caller) {
        fairs.requireVisible(fairId, caller.isOrganiser());
        ExhibitorApplication application = require(fairId, id);
        if (!actsFor(caller, application.producerId())) {
            throw new ApplicationRefusals.ApplicationNotFound(fairId, id);
        }
        return application;
    }

    ExhibitorApplication require(String fairId, String id) {
        return applications.find(fairId, id).orElseThrow(() -> new ApplicationRefusals.ApplicationNotFound(fairId, id));
    }

    /** Organisers see every application of the fair, a producer only its own. */
    Page page(String fairId, Caller caller, ApplicationStatus status, int page, int size) {
        fairs.requireVisible(fairId, caller.isOrganiser());
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("fairId", fairId)));
        if (!caller.isOrganiser()) {
            filters.add(Filters.eq("producerId", caller.producerId() == null ? "" : caller.producerId()));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        Bson filter = Filters.and(filters);
        return new Page(applications.page(filter, page, size), applications.count(filter));
    }

    int waitlistPosition(ExhibitorApplication application) {
        return applications.waitlistPosition(application);
    }

    record Page(List<ExhibitorApplication> items, long total) {}

    /** Organisers act for every producer; a producer only for its own. */
    private static boolean actsFor(Caller caller, String producerId) {
        return caller.isOrganiser() || caller.isProducerOf(producerId);
    }
}
