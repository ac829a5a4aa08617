package vn.ocop.fair.catalog.stock;

/**
 * Whether an order holds the units it asked for.
 *
 * @param available units on sale when it did not (0 for a product without stock)
 */
public record HoldResult(boolean held, long available) {

    static HoldResult heldNow() {
        return new HoldResult(true, 0);
    }

    static HoldResult shortOf(long available) {
        return new HoldResult(false, available);
    }
}
