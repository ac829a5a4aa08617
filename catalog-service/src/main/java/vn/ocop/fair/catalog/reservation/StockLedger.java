package vn.ocop.fair.catalog.reservation;

import java.util.Collection;
import java.util.Set;

/**
 * The stock operations the saga runs on an order's lines. Each is idempotent per order and
 * product, so a step the saga repeats after a crash does nothing twice.
 */
interface StockLedger {

    /** One look at these products and their stock: two reads, whatever their number. */
    Shelf look(Collection<String> productIds);

    /** Holds the line's units for the order (or finds them held already), or says why not; decided first on {@code shelf}. */
    LineResult hold(String orderId, String productId, int quantity, Shelf shelf);

    /** Puts back the {@code quantity} units the order holds of the product; nothing if it holds none. */
    void release(String orderId, String productId, int quantity);

    /** Sells the {@code quantity} units the order holds of the product; nothing if it holds none. */
    void commit(String orderId, String productId, int quantity);

    /** Which of these products the order holds units of, in one read. */
    Set<String> holding(String orderId, Collection<String> productIds);
}
