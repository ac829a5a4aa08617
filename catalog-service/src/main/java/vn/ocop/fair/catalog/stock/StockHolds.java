package vn.ocop.fair.catalog.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
        Stocks.Attempt attempt = changes.observed(stocks.change(productId, stock -> {
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

    /** Sells what the order holds of the product; false if it held nothing. */
    public boolean commit(String productId, String orderId) {
        return stocks.change(productId, stock -> stock.holdOf(orderId).map(h -> stock.commit(orderId)))
                .changed();
    }

    /** Holds taken before {@code cutoff}, by product: for checking that each still belongs to a reserved order. */
    public Map<String, List<Hold>> holdsBefore(Instant cutoff) {
        Map<String, List<Hold>> holds = new LinkedHashMap<>();
        for (Stock stock : stocks.withHoldsBefore(cutoff)) {
            holds.put(
                    stock.productId(),
                    stock.holds().stream().filter(h -> h.at().isBefore(cutoff)).toList());
        }
        return holds;
    }

    /** The product's stock, if it has any. */
    public Optional<Stock> find(String productId) {
        return stocks.find(productId);
    }
}
