package vn.ocop.fair.order.fair;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.support.events.EventRoutes;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * The records of {@code ocop.fairs.v1} order-service reads, each a change of the fair, promotion or
 * booth read models; other fair events are not its business. Destination, group and DLQ are in
 * application.yml.
 */
@Configuration(proxyBeanMethods = false)
class FairEventFunctions {

    private static final String PREFIX = "vn.ocop.fair.event.";

    @Bean
    Consumer<Message<byte[]>> fairEvents(
            Fairs fairs, Promotions promotions, Booths booths, FlashDealClaims flashDeals, JsonMapper json) {
        EventRoutes routes = EventRoutes.reading(json, "fair event");
        for (String snapshot :
                new String[] {"FairScheduled", "FairPublished", "FairOpened", "FairClosed", "FairCancelled"}) {
            routes.on(PREFIX + snapshot + ".v1", FairEventCopy.class, copy -> fairs.apply(copy.toFair()));
        }
        return routes.on(PREFIX + "PromotionAnnounced.v1", FairEventCopy.class, copy -> {
                    StoredPromotion promotion = copy.toPromotion();
                    if (promotions.announce(promotion)) {
                        flashDeals.announced(promotion.terms());
                    }
                })
                .on(PREFIX + "PromotionWithdrawn.v1", FairEventCopy.class, copy -> {
                    if (copy.fairId() == null || copy.promotionId() == null || copy.version() == null) {
                        throw new UnreadableEvent("a PromotionWithdrawn needs fairId, promotionId and version");
                    }
                    promotions.withdraw(copy.fairId(), copy.promotionId(), copy.version());
                })
                .on(PREFIX + "BoothAssigned.v1", FairEventCopy.class, copy -> booths.assign(copy.toAssignment()))
                .on(PREFIX + "BoothReleased.v1", FairEventCopy.class, copy -> {
                    if (copy.fairId() == null || copy.assignmentId() == null) {
                        throw new UnreadableEvent("a BoothReleased needs fairId and assignmentId");
                    }
                    booths.release(copy.fairId(), copy.assignmentId());
                })
                .consumer();
    }
}
