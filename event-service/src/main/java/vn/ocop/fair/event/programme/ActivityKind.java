package vn.ocop.fair.event.programme;

public enum ActivityKind {
    LIVESTREAM,
    PERFORMANCE,
    WORKSHOP,
    OPENING_CEREMONY,
    TASTING
}
