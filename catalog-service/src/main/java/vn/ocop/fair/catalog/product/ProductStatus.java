package vn.ocop.fair.catalog.product;

public enum ProductStatus {
    /** Being prepared; only its producer and organisers see it. */
    DRAFT,
    /** On sale: browsable, orderable, shown at fairs. */
    LISTED,
    /** Withdrawn (by its producer, an organiser, or a lapsed certificate). */
    DELISTED
}
