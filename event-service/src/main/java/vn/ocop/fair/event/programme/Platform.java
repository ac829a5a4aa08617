package vn.ocop.fair.event.programme;

/** Where a livestream is broadcast. */
public enum Platform {
    TIKTOK,
    FACEBOOK,
    SHOPEE,
    YOUTUBE,
    OTHER
}
