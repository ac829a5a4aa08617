package vn.ocop.fair.event.promotion;

/** The six OCOP product groups of the 2023 scheme (Decision 148/QĐ-TTg), as a GROUP scope names them. */
enum OcopGroup {
    FOOD,
    BEVERAGE,
    HERBAL,
    HANDICRAFT,
    ORNAMENTAL,
    TOURISM
}
