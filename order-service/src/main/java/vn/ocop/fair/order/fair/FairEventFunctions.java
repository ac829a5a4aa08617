package vn.ocop.fair.order.fair;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * The records of {@code ocop.fairs.v1} order-service reads, each a change of the fair, promotion or
 * booth read models; other fair events are not its business. Destination, group and DLQ are in
 * application.yml. A flash deal is announced to {@link FlashDealClaims} (its units-left gauge) as it
 * arrives, and those announced before this instance started at start-up.
 */
@Configuration(proxyBeanMethods = false)
class FairEventFunctions {

    private static final String PREFIX = "vn.ocop.fair.event.";

    @Bean
    Consumer<Message<byte[]>> fairEvents(
            Fairs fairs, Promotions promotions, Booths booths, FlashDealClaims flashDeals, JsonMapper json) {
        List<String> snapshots = Stream.of(
                        "FairScheduled", "FairPublished", "FairOpened", "FairClosed", "FairCancelled")
                .map(name -> PREFIX + name + ".v1")
                .toList();
        return EventRoutes.reading(json, "fair event")
                .on(snapshots, FairEventCopy.class, copy -> fairs.apply(copy.toFair()))
                .on(PREFIX + "PromotionAnnounced.v1", FairEventCopy.class, copy -> {
                    StoredPromotion promotion = copy.toPromotion();
                    if (promotions.announce(promotion)) {
                        flashDeals.announced(promotion.terms());
                    }
                })
                .on(PREFIX + "PromotionWithdrawn.v1", FairEventCopy.class, copy -> {
                    FairEventCopy withdrawn = copy.withdrawal();
                    promotions.withdraw(withdrawn.fairId(), withdrawn.promotionId(), withdrawn.version());
                })
                .on(PREFIX + "BoothAssigned.v1", FairEventCopy.class, copy -> booths.assign(copy.toAssignment()))
                .on(PREFIX + "BoothReleased.v1", FairEventCopy.class, copy -> {
                    FairEventCopy released = copy.release();
                    booths.release(released.fairId(), released.assignmentId());
                })
                .consumer();
    }

    @Bean
    ApplicationRunner flashDealGauges(Promotions promotions, FlashDealClaims flashDeals) {
        return args -> promotions.flashDeals().forEach(flashDeals::announced);
    }
}
