package vn.ocop.fair.catalog.stock;

import java.util.List;
import vn.ocop.fair.catalog.stock.events.StockEvent;

/**
 * One atomic change of a product's stock, decided by {@link Stock} from a snapshot and applied by
 * {@link Stocks} as one conditional update: it applies only while what the decision relied on still
 * holds ({@link Guard}; the order's hold absent or present). Its deltas always balance, so
 * available + reserved + sold = received survives every change.
 *
 * @param addHold a hold to record; the update applies only if the order holds nothing yet
 * @param removeHold a hold to remove; the update applies only if exactly this hold is there
 * @param newLowThreshold a new threshold to set, or null
 */
record StockChange(
        String productId,
        Counts delta,
        Guard guard,
        Hold addHold,
        Hold removeHold,
        Adjustment adjustment,
        Integer newLowThreshold,
        List<StockEvent> raised) {

    /** Changes of the four counters; they balance: available + reserved + sold = received. */
    record Counts(long received, long available, long reserved, long sold) {

        Counts {
            if (available + reserved + sold != received) {
                throw new IllegalArgumentException("unbalanced stock change: available " + available + " + reserved "
                        + reserved + " + sold " + sold + " != received " + received);
            }
        }

        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    /**
     * What the decision relied on: available within {@code [availableFrom, availableBelow)} and,
     * if not null, the low threshold unchanged.
     */
    record Guard(long availableFrom, long availableBelow, Integer threshold) {

        static final Guard NONE = new Guard(0, Long.MAX_VALUE, null);
    }

    StockChange {
        if (guard.availableFrom() + delta.available() < 0) {
            throw new IllegalArgumentException("a stock change may never leave available below zero");
        }
        raised = List.copyOf(raised);
    }

    static StockChange of(String productId, Counts delta, Guard guard) {
        return new StockChange(productId, delta, guard, null, null, null, null, List.of());
    }

    StockChange adding(Hold hold) {
        return new StockChange(productId, delta, guard, hold, removeHold, adjustment, newLowThreshold, raised);
    }

    StockChange removing(Hold hold) {
        return new StockChange(productId, delta, guard, addHold, hold, adjustment, newLowThreshold, raised);
    }

    StockChange recording(Adjustment a) {
        return new StockChange(productId, delta, guard, addHold, removeHold, a, newLowThreshold, raised);
    }

    StockChange settingLowThreshold(int threshold) {
        return new StockChange(productId, delta, guard, addHold, removeHold, adjustment, threshold, raised);
    }

    StockChange raising(List<StockEvent> events) {
        return new StockChange(productId, delta, guard, addHold, removeHold, adjustment, newLowThreshold, events);
    }
}
