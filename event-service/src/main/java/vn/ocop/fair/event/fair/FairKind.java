package vn.ocop.fair.event.fair;

/** The kinds of event the organisers stage (DOMAIN.md "Fairs and promotions"). */
public enum FairKind {
    FAIR,
    TRADE_WEEK,
    THEMED_SHOWCASE,
    LIVESTREAM_SESSION,
    PERMANENT_POINT_OF_SALE
}
