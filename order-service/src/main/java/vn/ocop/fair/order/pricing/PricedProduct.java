package vn.ocop.fair.order.pricing;

/**
 * What pricing needs of a product.
 *
 * @param group the OCOP group code (FOOD, BEVERAGE…), for GROUP-scoped promotions
 */
public record PricedProduct(String productId, String name, String producerId, String group, long listPriceVnd) {}
