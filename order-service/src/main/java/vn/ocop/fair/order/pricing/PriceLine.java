package vn.ocop.fair.order.pricing;

/**
 * One priced line of an order: a product, how many, and what each unit costs after the line's
 * promotion. A line that mixes flash-deal and normal units is two lines of the same product.
 *
 * @param discountVnd what the promotion took off the whole line
 * @param promotionId the promotion applied, or null
 * @param flashDeal whether the units are flash-deal units
 * @param floorUnitVnd the lowest a voucher may take one unit to
 */
public record PriceLine(
        PricedProduct product,
        int quantity,
        long unitPriceVnd,
        long discountVnd,
        String promotionId,
        boolean flashDeal,
        long floorUnitVnd) {

    public long totalVnd() {
        return unitPriceVnd * quantity;
    }

    public long listTotalVnd() {
        return product.listPriceVnd() * quantity;
    }
}
