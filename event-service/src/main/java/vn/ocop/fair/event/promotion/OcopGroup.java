package vn.ocop.fair.event.promotion;

/** The OCOP product groups a GROUP scope names (DOMAIN.md). */
enum OcopGroup {
    FOOD,
    BEVERAGE,
    HERBAL,
    HANDICRAFT,
    ORNAMENTAL,
    TOURISM
}
