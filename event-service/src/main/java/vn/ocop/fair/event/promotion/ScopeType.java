package vn.ocop.fair.event.promotion;

/** What a promotion applies to: every product at the fair, OCOP groups, producers or products. */
public enum ScopeType {
    FAIR,
    GROUP,
    PRODUCER,
    PRODUCTS
}
