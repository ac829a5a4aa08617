package vn.ocop.fair.order.fair;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.support.events.CloudEventHeaders;

/** Turns one record of {@code ocop.fairs.v1} into a change of the fair, promotion or booth read models. */
@Component
class FairEventHandler {

    private static final Logger log = LoggerFactory.getLogger(FairEventHandler.class);
    private static final String PREFIX = "vn.ocop.fair.event.";

    private final Fairs fairs;
    private final Promotions promotions;
    private final Booths booths;
    private final FlashDealClaims flashDeals;
    private final JsonMapper json;

    FairEventHandler(Fairs fairs, Promotions promotions, Booths booths, FlashDealClaims flashDeals, JsonMapper json) {
        this.fairs = fairs;
        this.promotions = promotions;
        this.booths = booths;
        this.flashDeals = flashDeals;
        this.json = json;
    }

    void handle(Map<String, Object> headers, byte[] payload) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new MalformedFairEvent("record without a CloudEvents type (ce_type header)"));
        String name = type.startsWith(PREFIX) && type.endsWith(".v1")
                ? type.substring(PREFIX.length(), type.length() - 3)
                : "";
        switch (name) {
            case "FairScheduled", "FairPublished", "FairOpened", "FairClosed", "FairCancelled" ->
                fairs.apply(read(payload).toFair());
            case "PromotionAnnounced" -> {
                StoredPromotion promotion = read(payload).toPromotion();
                if (promotions.announce(promotion)) {
                    flashDeals.announced(promotion.terms());
                }
            }
            case "PromotionWithdrawn" -> {
                FairEventCopy event = read(payload);
                if (event.fairId() == null || event.promotionId() == null || event.version() == null) {
                    throw new MalformedFairEvent("a PromotionWithdrawn needs fairId, promotionId and version");
                }
                promotions.withdraw(event.fairId(), event.promotionId(), event.version());
            }
            case "BoothAssigned" -> booths.assign(read(payload).toAssignment());
            case "BoothReleased" -> {
                FairEventCopy event = read(payload);
                if (event.fairId() == null || event.assignmentId() == null) {
                    throw new MalformedFairEvent("a BoothReleased needs fairId and assignmentId");
                }
                booths.release(event.fairId(), event.assignmentId());
            }
            default -> log.debug("Ignoring {}: not a type order-service reads", type);
        }
    }

    private FairEventCopy read(byte[] payload) {
        try {
            return json.readValue(payload, FairEventCopy.class);
        } catch (JacksonException e) {
            throw new MalformedFairEvent("unreadable fair event: " + e.getOriginalMessage(), e);
        }
    }
}
