package vn.ocop.fair.catalog.reservation;

import java.util.Collection;
import java.util.Map;
import vn.ocop.fair.catalog.stock.Move;
import vn.ocop.fair.catalog.stock.Settling;

/**
 * The stock operations the saga runs on an order's lines. Each move is recorded in flight on the
 * stock until the saga settles it, so a step the saga repeats after a crash does nothing twice.
 */
interface StockLedger {

    /** One look at these products and their stock: two reads, whatever their number. */
    Shelf look(Collection<String> productIds);

    /**
     * Holds the line's units for the order (or finds its hold in flight), or says why not; decided
     * first on {@code shelf}. A held line carries the hold's token.
     */
    LineResult hold(String orderId, String productId, int quantity, Shelf shelf);

    /** Puts back the {@code quantity} units the order holds (recorded as {@code heldToken}); the release's token. */
    String release(String orderId, String productId, int quantity, String heldToken);

    /** Sells the {@code quantity} units the order holds (recorded as {@code heldToken}); the sale's token. */
    String commit(String orderId, String productId, int quantity, String heldToken);

    /** Takes back a hold still in flight, putting its units back on sale; false if it is not in flight. */
    boolean undo(String productId, Move hold);

    /** Takes moves the reservations recorded off the stock's moves in flight, in one round trip. */
    void settle(Collection<Settling> moves);

    /** The order's moves in flight on these products, by product id, in one read. */
    Map<String, Move> inFlight(String orderId, Collection<String> productIds);
}
