package vn.ocop.fair.catalog.stock;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Holding, releasing and selling units for orders, as the reservation saga needs it. Each call is
 * idempotent per order and product: the hold is recorded in the stock itself, so holding twice
 * holds once, and releasing or selling what is not held changes nothing.
 */
@Service
public class StockHolds {

    private final Stocks stocks;
    private final StockChanges changes;
    private final Clock clock;

    StockHolds(Stocks stocks, StockChanges changes, Clock clock) {
        this.stocks = stocks;
        this.changes = changes;
        this.clock = clock;
    }

    /** Holds {@code quantity} units for the order, unless it holds them already; never more than are on sale. */
    public HoldResult hold(String productId, String orderId, int quantity) {
        return hold(productId, orderId, quantity, null);
    }

    /**
     * {@link #hold(String, String, int)}, decided first on {@code seen} (the stock as read a moment
     * ago; null: read it now): one guarded update when nobody changed the stock in between, a fresh
     * read and a new decision when somebody did.
     */
    public HoldResult hold(String productId, String orderId, int quantity, Stock seen) {
        Stocks.Attempt attempt = changes.observed(stocks.change(productId, seen, stock -> {
            if (stock.holdOf(orderId).isPresent() || stock.available() < quantity) {
                return Optional.empty();
            }
            return Optional.of(stock.hold(orderId, quantity, clock.instant()));
        }));
        if (attempt.seen() == null) {
            return HoldResult.shortOf(0);
        }
        boolean held = attempt.changed() || attempt.seen().holdOf(orderId).isPresent();
        return held ? HoldResult.heldNow() : HoldResult.shortOf(attempt.seen().available());
    }

    /** Puts what the order holds of the product back on sale; false if it held nothing. */
    public boolean release(String productId, String orderId) {
        return stocks.change(productId, stock -> stock.holdOf(orderId).map(h -> stock.release(orderId)))
                .changed();
    }

    /**
     * Puts the {@code quantity} units the order holds of the product back on sale in one guarded
     * update, without reading the stock first; reads it only if the order holds another quantity
     * or nothing. False if it held nothing.
     */
    public boolean release(String productId, String orderId, int quantity) {
        return stocks.apply(Stock.releasing(productId, new Hold(orderId, quantity, null)))
                        .isPresent()
                || release(productId, orderId);
    }

    /** Sells what the order holds of the product; false if it held nothing. */
    public boolean commit(String productId, String orderId) {
        return stocks.change(productId, stock -> stock.holdOf(orderId).map(h -> stock.commit(orderId)))
                .changed();
    }

    /** Sells the {@code quantity} units the order holds in one guarded update, like {@link #release(String, String, int)}. */
    public boolean commit(String productId, String orderId, int quantity) {
        return stocks.apply(Stock.selling(productId, new Hold(orderId, quantity, null)))
                        .isPresent()
                || commit(productId, orderId);
    }

    /** The product's stock, if it has any. */
    public Optional<Stock> find(String productId) {
        return stocks.find(productId);
    }

    /** The stock of each of these products that has one, by product id, in one read. */
    public Map<String, Stock> find(Collection<String> productIds) {
        return stocks.findAll(productIds);
    }
}
