package vn.ocop.fair.catalog.stock;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Holding, releasing and selling units for orders, as the reservation saga needs it. Each move is
 * one guarded update of the stock that also records the move in flight ({@link Move}); a move
 * repeated while it is in flight finds it there and is done once. The saga settles a move once the
 * order's reservation records it: from then on the reservation says what the order holds.
 */
@Service
public class StockHolds {

    private static final int ATTEMPTS = 100;

    private final Stocks stocks;
    private final StockChanges changes;
    private final Clock clock;

    StockHolds(Stocks stocks, StockChanges changes, Clock clock) {
        this.stocks = stocks;
        this.changes = changes;
        this.clock = clock;
    }

    /** Holds {@code quantity} units for the order, unless its hold is in flight already; never more than are on sale. */
    public HoldResult hold(String productId, String orderId, int quantity) {
        return hold(productId, orderId, quantity, null);
    }

    /**
     * {@link #hold(String, String, int)}, decided first on {@code seen} (the stock as read a moment
     * ago; null: read it now): one guarded update when nobody changed the stock in between, a fresh
     * read and a new decision when somebody did. A hold of the order found in flight (a worker died
     * after making it) is the order's, with its token.
     */
    public HoldResult hold(String productId, String orderId, int quantity, Stock seen) {
        String token = newToken();
        Stocks.Attempt attempt = changes.observed(stocks.change(productId, seen, stock -> {
            if (stock.moveOf(orderId).isPresent() || stock.available() < quantity) {
                return Optional.empty();
            }
            return Optional.of(stock.hold(orderId, quantity, token, clock.instant()));
        }));
        if (attempt.seen() == null) {
            return HoldResult.shortOf(0);
        }
        if (attempt.changed()) {
            return HoldResult.held(token);
        }
        Optional<Move> inFlight = attempt.seen().moveOf(orderId);
        if (inFlight.isEmpty()) {
            return HoldResult.shortOf(attempt.seen().available());
        }
        if (inFlight.get().kind() != Move.Kind.HOLD) {
            throw new IllegalStateException("order " + orderId + " is being reserved, but " + productId + " has its "
                    + inFlight.get().kind() + " in flight");
        }
        return HoldResult.held(inFlight.get().token());
    }

    /**
     * Puts back on sale the {@code quantity} units the order holds (its reservation recorded the hold
     * as {@code heldToken}): one guarded update in the usual case. A release in flight is the order's;
     * its recorded hold still in flight is settled first, a hold it did not record (a straggler's) is
     * undone first.
     *
     * @return the release's token
     */
    public String release(String productId, String orderId, int quantity, String heldToken) {
        return end(productId, orderId, quantity, heldToken, Move.Kind.RELEASE);
    }

    /** Sells the {@code quantity} units the order holds, like {@link #release}. */
    public String sell(String productId, String orderId, int quantity, String heldToken) {
        return end(productId, orderId, quantity, heldToken, Move.Kind.SELL);
    }

    /** Takes back the order's hold with this token while it is in flight; false if it is not (any more). */
    public boolean undo(String productId, Move hold) {
        return changes.observed(stocks.attempt(Stock.undoing(productId, hold))).changed();
    }

    /** Takes each move off its product's moves in flight, in one round trip. */
    public void settle(Collection<Settling> moves) {
        stocks.settle(moves);
    }

    /** The product's stock, if it has any. */
    public Optional<Stock> find(String productId) {
        return stocks.find(productId);
    }

    /** The stock of each of these products that has one, by product id, in one read. */
    public Map<String, Stock> find(Collection<String> productIds) {
        return stocks.findAll(productIds);
    }

    private String end(String productId, String orderId, int quantity, String heldToken, Move.Kind kind) {
        String token = newToken();
        for (int i = 0; i < ATTEMPTS; i++) {
            StockChange change = kind == Move.Kind.RELEASE
                    ? Stock.releasing(productId, orderId, quantity, token, clock.instant())
                    : Stock.selling(productId, orderId, quantity, token, clock.instant());
            if (changes.observed(stocks.attempt(change)).changed()) {
                return token;
            }
            Stock now = stocks.find(productId)
                    .orElseThrow(() -> new IllegalStateException(productId + " has no stock to " + kind));
            Optional<Move> inFlight = now.moveOf(orderId);
            if (inFlight.isEmpty()) {
                if (now.reserved() < quantity) {
                    throw new IllegalStateException(productId + " reserves " + now.reserved()
                            + " units, fewer than order " + orderId + " holds (" + quantity + ")");
                }
                continue; // a move of the order was settled in between
            }
            Move move = inFlight.get();
            if (move.kind() == kind) {
                return move.token();
            }
            if (move.kind() != Move.Kind.HOLD) {
                throw new IllegalStateException("order " + orderId + " has a " + move.kind() + " of " + productId
                        + " in flight, not a " + kind);
            }
            if (move.isHoldRecordedAs(heldToken)) {
                stocks.settle(List.of(new Settling(productId, move.token())));
            } else {
                undo(productId, move);
            }
        }
        throw new StockContention(productId, ATTEMPTS);
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }
}
