package vn.ocop.fair.catalog.stock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.catalog.stock.events.StockLow;

/**
 * The stock of one product: units received, on sale ({@code available}), held for orders
 * ({@code reserved}) and sold. {@code available + reserved + sold = received} always, and available
 * never drops below zero. Each change is decided here from a snapshot and applied as one guarded
 * update ({@link StockChange}), so concurrent reservations can never take the same unit twice.
 *
 * @param lowThreshold {@link StockLow} is raised when available drops below it (0: never)
 * @param holds the orders holding units, one hold per order
 */
public record Stock(
        String productId,
        String producerId,
        long received,
        long available,
        long reserved,
        long sold,
        int lowThreshold,
        List<Hold> holds) {

    public Stock {
        holds = List.copyOf(holds);
    }

    /** A product's stock before anything was received. */
    static Stock empty(String productId, String producerId, int lowThreshold) {
        return new Stock(productId, producerId, 0, 0, 0, 0, lowThreshold, List.of());
    }

    public Optional<Hold> holdOf(String orderId) {
        return holds.stream().filter(h -> h.orderId().equals(orderId)).findFirst();
    }

    /** Holds {@code quantity} units for an order that holds none yet; available must cover them. */
    StockChange hold(String orderId, int quantity, Instant now) {
        if (quantity <= 0 || holdOf(orderId).isPresent() || available < quantity) {
            throw new IllegalStateException("cannot hold " + quantity + " of " + productId + " for " + orderId);
        }
        return taking(quantity, now, 0, quantity, new Hold(orderId, quantity, now), null);
    }

    /** Puts an order's held units back on sale. */
    StockChange release(String orderId) {
        Hold hold = holdOf(orderId).orElseThrow(() -> new IllegalStateException(orderId + " holds nothing"));
        long q = hold.quantity();
        return new StockChange(
                productId, 0, q, -q, 0, 0, Long.MAX_VALUE, null, null, hold, null, null, List.of());
    }

    /** Sells an order's held units. */
    StockChange commit(String orderId) {
        Hold hold = holdOf(orderId).orElseThrow(() -> new IllegalStateException(orderId + " holds nothing"));
        long q = hold.quantity();
        return new StockChange(
                productId, 0, 0, -q, q, 0, Long.MAX_VALUE, null, null, hold, null, null, List.of());
    }

    /**
     * Units received ({@code delta > 0}) or written off ({@code delta < 0}); only units on sale can
     * be written off.
     */
    StockChange adjust(long delta, String reason, String by, Instant now) {
        if (delta == 0) {
            throw new IllegalArgumentException("an adjustment changes the stock");
        }
        Adjustment adjustment = new Adjustment(delta, reason, by, now);
        if (delta > 0) {
            return new StockChange(
                    productId, delta, delta, 0, 0, 0, Long.MAX_VALUE, null, null, null, adjustment, null, List.of());
        }
        if (available < -delta) {
            throw new NotEnoughStock(productId, delta, available);
        }
        return taking(-delta, now, delta, 0, null, adjustment);
    }

    /** A new low-stock threshold; takes effect from the next change. */
    StockChange lowThreshold(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("a low-stock threshold is not negative");
        }
        return new StockChange(productId, 0, 0, 0, 0, 0, Long.MAX_VALUE, null, null, null, null, threshold, List.of());
    }

    /**
     * Takes {@code n} units off sale, guarded by what the decision relies on: well above the
     * threshold only a lower bound; crossing it, the exact count (the {@link StockLow} it raises
     * carries the count left); already below it, a range that stays below.
     */
    private StockChange taking(long n, Instant now, long receivedDelta, long reservedDelta, Hold hold, Adjustment a) {
        long soldDelta = 0;
        long availableDelta = -n;
        if (available >= lowThreshold + n) {
            return new StockChange(
                    productId, receivedDelta, availableDelta, reservedDelta, soldDelta, lowThreshold + n,
                    Long.MAX_VALUE, lowThreshold, hold, null, a, null, List.of());
        }
        if (available >= lowThreshold) {
            List<StockEvent> low = List.of(new StockLow(productId, producerId, available - n, lowThreshold, now));
            return new StockChange(
                    productId, receivedDelta, availableDelta, reservedDelta, soldDelta, available, available + 1,
                    lowThreshold, hold, null, a, null, low);
        }
        return new StockChange(
                productId, receivedDelta, availableDelta, reservedDelta, soldDelta, n, lowThreshold, lowThreshold,
                hold, null, a, null, List.of());
    }
}
