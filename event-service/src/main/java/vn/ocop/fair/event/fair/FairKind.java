package vn.ocop.fair.event.fair;

/**
 * The kinds of event OCOP organisers stage: product fairs (hội chợ), week-long trade weeks (tuần
 * hàng), themed showcases, livestream selling sessions, and permanent OCOP points of sale.
 */
public enum FairKind {
    FAIR,
    TRADE_WEEK,
    THEMED_SHOWCASE,
    LIVESTREAM_SESSION,
    PERMANENT_POINT_OF_SALE
}
