package vn.ocop.fair.catalog.reservation;

/** Why a line of an order cannot be reserved. */
enum Refusal {
    OUT_OF_STOCK,
    /** The product exists but is not on sale (draft or delisted). */
    DELISTED,
    UNKNOWN_PRODUCT
}
