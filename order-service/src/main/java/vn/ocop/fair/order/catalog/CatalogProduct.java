package vn.ocop.fair.order.catalog;

import java.time.Instant;

/**
 * A product as order-service knows it.
 *
 * @param version catalog's version of the product; only a higher one replaces this entry
 * @param priceVnd whole đồng
 */
public record CatalogProduct(
        String productId,
        long version,
        String name,
        long priceVnd,
        String unit,
        String producerId,
        String status,
        Instant changedAt) {}
