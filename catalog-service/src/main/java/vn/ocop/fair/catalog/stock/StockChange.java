package vn.ocop.fair.catalog.stock;

import java.util.List;
import vn.ocop.fair.catalog.stock.events.StockEvent;

/**
 * One atomic change of a product's stock, decided by {@link Stock} from a snapshot and applied by
 * {@link Stocks} as one conditional update: it applies only while what the decision relied on still
 * holds (available within {@code [availableFrom, availableBelow)}, the threshold unchanged, the
 * order's hold absent or present). Its deltas always balance, so available + reserved + sold =
 * received survives every change.
 *
 * @param thresholdRelied the low threshold the decision relied on, or null
 * @param addHold a hold to record; the update applies only if the order holds nothing yet
 * @param removeHold a hold to remove; the update applies only if exactly this hold is there
 * @param newLowThreshold a new threshold to set, or null
 */
record StockChange(
        String productId,
        long receivedDelta,
        long availableDelta,
        long reservedDelta,
        long soldDelta,
        long availableFrom,
        long availableBelow,
        Integer thresholdRelied,
        Hold addHold,
        Hold removeHold,
        Adjustment adjustment,
        Integer newLowThreshold,
        List<StockEvent> raised) {

    StockChange {
        if (availableDelta + reservedDelta + soldDelta != receivedDelta) {
            throw new IllegalArgumentException("unbalanced stock change: available " + availableDelta + " + reserved "
                    + reservedDelta + " + sold " + soldDelta + " != received " + receivedDelta);
        }
        if (availableFrom + availableDelta < 0) {
            throw new IllegalArgumentException("a stock change may never leave available below zero");
        }
        raised = List.copyOf(raised);
    }
}
