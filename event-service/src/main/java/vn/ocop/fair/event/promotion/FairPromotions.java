package vn.ocop.fair.event.promotion;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.fair.Fair;
import vn.ocop.fair.event.fair.FairPlanning;
import vn.ocop.fair.event.fair.FairRefusals;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.event.fair.events.PromotionAnnounced;
import vn.ocop.fair.event.fair.events.PromotionWithdrawn;
import vn.ocop.fair.event.programme.Activity;
import vn.ocop.fair.event.programme.FairProgramme;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;
import vn.ocop.fair.support.security.Caller;

/** The organisers' use cases on a fair's promotions: announce, withdraw, list. */
@Service
public class FairPromotions {

    private final FairPlanning planning;
    private final FairProgramme programme;
    private final Promotions promotions;
    private final OutboxRelay relay;
    private final Clock clock;

    FairPromotions(
            FairPlanning planning, FairProgramme programme, Promotions promotions, OutboxRelays relays, Clock clock) {
        this.planning = planning;
        this.programme = programme;
        this.promotions = promotions;
        this.relay = relays.forCollection(Promotions.COLLECTION);
        this.clock = clock;
    }

    /** Announces a promotion of a fair that is not over; answers it as announced (version 1). */
    public Promotion announce(String fairId, Proposal proposal) {
        Fair fair = planning.find(fairId, Caller.system("promotions"));
        if (fair.status().isFinished()) {
            throw new FairRefusals.FairFinished(fair);
        }
        Activity livestream = proposal.kind() == PromotionKind.FLASH_DEAL && proposal.flashDeal() != null
                ? programme.activity(fairId, proposal.flashDeal().activityId()).orElse(null)
                : null;
        Promotion promotion = proposal.promotion(UUID.randomUUID().toString(), fair, livestream);
        promotions.add(new PromotionAnnounced(fairId, clock.instant(), promotion));
        relay.wake(promotion.id());
        return promotion;
    }

    /** Withdraws a promotion: orders placed from now on are priced without it. */
    public Promotions.Stored withdraw(String fairId, String promotionId, String reason) {
        Promotions.Stored before = promotions
                .find(fairId, promotionId)
                .orElseThrow(() -> new PromotionRefusals.PromotionNotFound(fairId, promotionId));
        if (before.status() == PromotionStatus.WITHDRAWN) {
            throw new PromotionRefusals.PromotionWithdrawn(promotionId);
        }
        long version = before.promotion().version() + 1;
        if (!promotions.withdraw(
                before, new PromotionWithdrawn(fairId, promotionId, version, reason, clock.instant()))) {
            Promotions.Stored now = promotions.find(fairId, promotionId).orElseThrow();
            if (now.status() == PromotionStatus.WITHDRAWN) {
                throw new PromotionRefusals.PromotionWithdrawn(promotionId);
            }
            throw new CommonRefusals.ConcurrentChange("Promotion " + promotionId);
        }
        relay.wake(promotionId);
        return promotions.find(fairId, promotionId).orElseThrow();
    }

    /** The fair's promotions, if {@code caller} may see the fair. */
    public List<Promotions.Stored> of(String fairId, Caller caller) {
        planning.find(fairId, caller);
        return promotions.ofFair(fairId);
    }
}
