package vn.ocop.fair.catalog.stock;

/**
 * Whether an order holds the units it asked for.
 *
 * @param token the hold's token (made now, or found in flight after a crash), null if not held
 * @param available units on sale when it did not (0 for a product without stock)
 */
public record HoldResult(boolean held, String token, long available) {

    static HoldResult held(String token) {
        return new HoldResult(true, token, 0);
    }

    static HoldResult shortOf(long available) {
        return new HoldResult(false, null, available);
    }
}
