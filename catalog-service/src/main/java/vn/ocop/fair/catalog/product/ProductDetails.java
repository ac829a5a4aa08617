package vn.ocop.fair.catalog.product;

/**
 * What a producer says about a product.
 *
 * @param priceVnd whole đồng: VND has no minor unit
 * @param unit how it is sold: hộp, chai, kg, chiếc…
 */
public record ProductDetails(
        String name, String description, OcopGroup group, int stars, long priceVnd, String unit, String producerId) {}
