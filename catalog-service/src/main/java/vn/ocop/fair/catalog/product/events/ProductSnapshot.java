package vn.ocop.fair.catalog.product.events;

/**
 * The product as it stands after an event.
 *
 * @param group the OCOP group code (FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM)
 * @param priceVnd whole đồng
 * @param status DRAFT, LISTED or DELISTED
 */
public record ProductSnapshot(
        String name,
        String description,
        String group,
        int stars,
        long priceVnd,
        String unit,
        String producerId,
        String status) {}
