package vn.ocop.fair.catalog.stock;

import java.util.List;
import vn.ocop.fair.catalog.stock.events.StockEvent;

/**
 * One atomic change of a product's stock, decided by {@link Stock} from a snapshot and applied by
 * {@link Stocks} as one conditional update: it applies only while what the decision relied on still
 * holds ({@link Guard}; the order's move absent or present). Its deltas always balance, so
 * available + reserved + sold = received survives every change.
 *
 * @param adds a move of an order's units to record in flight; the update applies only if the order has no
 *     move of this product in flight (and, when units leave {@code reserved}, that many are reserved)
 * @param removes a hold in flight to take back; the update applies only if exactly this move is there
 * @param newLowThreshold a new threshold to set, or null
 */
record StockChange(
        String productId,
        Counts delta,
        Guard guard,
        Move adds,
        Move removes,
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

    StockChange adding(Move move) {
        return new StockChange(productId, delta, guard, move, removes, adjustment, newLowThreshold, raised);
    }

    StockChange removing(Move move) {
        return new StockChange(productId, delta, guard, adds, move, adjustment, newLowThreshold, raised);
    }

    /** How the number of orders holding units changes: one more for a hold, one fewer when a hold ends. */
    long heldOrdersDelta() {
        long delta = 0;
        if (adds != null) {
            delta += adds.kind() == Move.Kind.HOLD ? 1 : -1;
        }
        if (removes != null) {
            delta -= 1;
        }
        return delta;
    }

    StockChange recording(Adjustment a) {
        return new StockChange(productId, delta, guard, adds, removes, a, newLowThreshold, raised);
    }

    StockChange settingLowThreshold(int threshold) {
        return new StockChange(productId, delta, guard, adds, removes, adjustment, threshold, raised);
    }

    StockChange raising(List<StockEvent> events) {
        return new StockChange(productId, delta, guard, adds, removes, adjustment, newLowThreshold, events);
    }
}
