package vn.ocop.fair.event.booth;

/** The kinds of booth a floor plan has. */
public enum BoothType {
    STANDARD,
    CORNER,
    PREMIUM
}
