package vn.ocop.fair.event.fair.events;

import java.time.Instant;
import java.util.List;

/**
 * A promotion of a fair, as order-service prices with it (priority rules: event-service's README).
 *
 * @param version 1 when announced; a withdrawal carries a higher one
 * @param kind PERCENTAGE, FIXED_AMOUNT, VOUCHER or FLASH_DEAL
 * @param percentOff the percentage off (1–90) for PERCENTAGE, or a percentage VOUCHER; else null
 * @param amountOffVnd whole đồng off per unit (FIXED_AMOUNT) or per order (a fixed VOUCHER); else null
 * @param validFrom when it starts to apply, inside the fair
 * @param validUntil when it stops applying (exclusive)
 * @param voucher the code and its limits for a VOUCHER, else null
 * @param flashDeal the deal for a FLASH_DEAL, else null
 */
public record Promotion(
        String id,
        long version,
        String name,
        String kind,
        Scope scope,
        Integer percentOff,
        Long amountOffVnd,
        Instant validFrom,
        Instant validUntil,
        Voucher voucher,
        FlashDeal flashDeal) {

    /**
     * @param type FAIR (every product at the fair), GROUP (OCOP group codes), PRODUCER (producer ids)
     *     or PRODUCTS (product ids)
     * @param values the groups, producers or products; empty for FAIR
     */
    public record Scope(String type, List<String> values) {

        public Scope {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /**
     * @param totalUses how many orders may use the code in all
     * @param usesPerCustomer how many of one customer's orders may use it
     * @param minimumOrderVnd the order value (after line promotions) it needs
     * @param combinesWithPromotions whether it also applies to lines another promotion discounted
     */
    public record Voucher(
            String code, int totalUses, int usesPerCustomer, long minimumOrderVnd, boolean combinesWithPromotions) {}

    /**
     * @param activityId the livestream it opens and closes with
     * @param dealPriceVnd the unit price during the deal, whole đồng; 0 only for a gift
     * @param units how many units are sold at the deal price in all
     * @param perBuyerCap how many units one buyer gets at the deal price
     * @param gift whether the deal gives the product away (price 0)
     */
    public record FlashDeal(
            String activityId, String productId, long dealPriceVnd, int units, int perBuyerCap, boolean gift) {}
}
