package vn.ocop.fair.order.pricing;

import java.time.Instant;
import java.util.List;

/**
 * A fair's promotion as pricing reads it (event-service's {@code Promotion}, plus whether it was
 * withdrawn).
 *
 * @param kind PERCENTAGE, FIXED_AMOUNT, VOUCHER or FLASH_DEAL
 * @param scopeType FAIR, GROUP, PRODUCER or PRODUCTS
 */
public record PromotionTerms(
        String id,
        String fairId,
        String kind,
        String scopeType,
        List<String> scopeValues,
        Integer percentOff,
        Long amountOffVnd,
        Instant validFrom,
        Instant validUntil,
        Voucher voucher,
        FlashDeal flashDeal,
        boolean withdrawn) {

    public static final String PERCENTAGE = "PERCENTAGE";
    public static final String FIXED_AMOUNT = "FIXED_AMOUNT";
    public static final String VOUCHER = "VOUCHER";
    public static final String FLASH_DEAL = "FLASH_DEAL";

    public PromotionTerms {
        scopeValues = scopeValues == null ? List.of() : List.copyOf(scopeValues);
    }

    public record Voucher(
            String code, int totalUses, int usesPerCustomer, long minimumOrderVnd, boolean combinesWithPromotions) {}

    public record FlashDeal(String productId, long dealPriceVnd, int units, int perBuyerCap, boolean gift) {}

    /** Not withdrawn and {@code now} within [validFrom, validUntil). */
    public boolean liveAt(Instant now) {
        return !withdrawn
                && (validFrom == null || !now.isBefore(validFrom))
                && (validUntil == null || now.isBefore(validUntil));
    }

    /** Whether the promotion's scope takes in this product. */
    public boolean covers(PricedProduct product) {
        if (scopeType == null) {
            return false;
        }
        return switch (scopeType) {
            case "FAIR" -> true;
            case "GROUP" -> product.group() != null && scopeValues.contains(product.group());
            case "PRODUCER" -> product.producerId() != null && scopeValues.contains(product.producerId());
            case "PRODUCTS" -> scopeValues.contains(product.productId());
            default -> false;
        };
    }

    /** The unit price a flash deal sells at: 0 for a gift, else its explicit deal price. */
    long dealUnitPrice(long listPriceVnd) {
        if (flashDeal.gift()) {
            return 0;
        }
        return Math.min(listPriceVnd, Math.max(1, flashDeal.dealPriceVnd()));
    }
}
