package vn.ocop.fair.order.catalog;

import java.time.Instant;

/**
 * A product as order-service knows it.
 *
 * @param version catalog's version of the product; only a higher one replaces this entry
 * @param priceVnd whole đồng
 * @param group the OCOP group code (FOOD, BEVERAGE…), or null if catalog sent none
 */
public record CatalogProduct(
        String productId,
        long version,
        String name,
        long priceVnd,
        String unit,
        String producerId,
        String status,
        String group,
        Instant changedAt) {

    public boolean orderable() {
        return "LISTED".equals(status);
    }
}
