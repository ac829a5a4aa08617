package vn.ocop.fair.catalog.product;

public enum ProductStatus {
    DRAFT,
    LISTED,
    DELISTED
}
