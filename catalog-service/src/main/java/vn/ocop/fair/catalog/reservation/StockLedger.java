package vn.ocop.fair.catalog.reservation;

/**
 * The stock operations the saga runs on each line. Each is idempotent per order and product, so a
 * step the saga repeats after a crash does nothing twice.
 */
interface StockLedger {

    /** Holds the line's units for the order (or finds them held already), or says why not. */
    LineResult hold(String orderId, String productId, int quantity);

    /** Says whether the line could be held, without holding it. */
    LineResult check(String productId, int quantity);

    /** Puts back what the order holds of the product; nothing if it holds nothing. */
    void release(String orderId, String productId);

    /** Sells what the order holds of the product; nothing if it holds nothing. */
    void commit(String orderId, String productId);
}
