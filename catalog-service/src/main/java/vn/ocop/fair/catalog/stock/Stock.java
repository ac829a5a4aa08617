package vn.ocop.fair.catalog.stock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ocop.fair.catalog.stock.StockChange.Counts;
import vn.ocop.fair.catalog.stock.StockChange.Guard;
import vn.ocop.fair.catalog.stock.events.StockLow;

/**
 * The stock of one product: units received, on sale ({@code available}), held for orders
 * ({@code reserved}) and sold. {@code available + reserved + sold = received} always, and available
 * never drops below zero. Each change is decided here from a snapshot and applied as one guarded
 * update ({@link StockChange}), so concurrent reservations can never take the same unit twice.
 *
 * @param lowThreshold {@link StockLow} is raised when available drops below it (0: never)
 * @param heldOrders how many orders hold units of it
 * @param pending the moves in flight ({@link Move}), at most one per order
 */
public record Stock(
        String productId,
        String producerId,
        long received,
        long available,
        long reserved,
        long sold,
        int lowThreshold,
        long heldOrders,
        List<Move> pending) {

    public Stock {
        pending = List.copyOf(pending);
    }

    /** A product's stock before anything was received. */
    static Stock empty(String productId, String producerId, int lowThreshold) {
        return new Stock(productId, producerId, 0, 0, 0, 0, lowThreshold, 0, List.of());
    }

    /** The order's move of this product still in flight, if any. */
    public Optional<Move> moveOf(String orderId) {
        return pending.stream().filter(m -> m.orderId().equals(orderId)).findFirst();
    }

    /** Holds {@code quantity} units for an order with no move in flight; available must cover them. */
    StockChange hold(String orderId, int quantity, String token, Instant now) {
        if (quantity <= 0 || moveOf(orderId).isPresent() || available < quantity) {
            throw new IllegalStateException("cannot hold " + quantity + " of " + productId + " for " + orderId);
        }
        return taking(new Counts(0, -quantity, quantity, 0), now)
                .adding(new Move(orderId, quantity, Move.Kind.HOLD, token, now));
    }

    /**
     * Puts {@code quantity} held units of an order back on sale, without a snapshot of the stock: it
     * applies only while the order has no move in flight and that many units are reserved.
     */
    static StockChange releasing(String productId, String orderId, int quantity, String token, Instant now) {
        Counts back = new Counts(0, quantity, -quantity, 0);
        return StockChange.of(productId, back, Guard.NONE)
                .adding(new Move(orderId, quantity, Move.Kind.RELEASE, token, now));
    }

    /** Sells {@code quantity} held units of an order, like {@link #releasing}. */
    static StockChange selling(String productId, String orderId, int quantity, String token, Instant now) {
        Counts sold = new Counts(0, 0, -quantity, quantity);
        return StockChange.of(productId, sold, Guard.NONE)
                .adding(new Move(orderId, quantity, Move.Kind.SELL, token, now));
    }

    /** Takes back a hold still in flight: its units go back on sale; applies only while exactly this hold is there. */
    static StockChange undoing(String productId, Move hold) {
        if (hold.kind() != Move.Kind.HOLD) {
            throw new IllegalArgumentException("only a hold is undone, not a " + hold.kind());
        }
        Counts back = new Counts(0, hold.quantity(), -hold.quantity(), 0);
        return StockChange.of(productId, back, Guard.NONE).removing(hold);
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
            return StockChange.of(productId, new Counts(delta, delta, 0, 0), Guard.NONE)
                    .recording(adjustment);
        }
        if (available < -delta) {
            throw new NotEnoughStock(productId, delta, available);
        }
        return taking(new Counts(delta, delta, 0, 0), now).recording(adjustment);
    }

    /** A new low-stock threshold; takes effect from the next change. */
    StockChange lowThreshold(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("a low-stock threshold is not negative");
        }
        return StockChange.of(productId, Counts.NONE, Guard.NONE).settingLowThreshold(threshold);
    }

    /**
     * Takes units off sale ({@code delta.available() < 0}), guarded by what the decision relies on:
     * well above the threshold only a lower bound; crossing it, the exact count (the
     * {@link StockLow} it raises carries the count left); already below it, a range that stays below.
     */
    private StockChange taking(Counts delta, Instant now) {
        long n = -delta.available();
        if (available >= lowThreshold + n) {
            return StockChange.of(productId, delta, new Guard(lowThreshold + n, Long.MAX_VALUE, lowThreshold));
        }
        if (available >= lowThreshold) {
            return StockChange.of(productId, delta, new Guard(available, available + 1, lowThreshold))
                    .raising(List.of(new StockLow(productId, producerId, available - n, lowThreshold, now)));
        }
        return StockChange.of(productId, delta, new Guard(n, lowThreshold, lowThreshold));
    }
}
