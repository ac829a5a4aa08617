package vn.ocop.fair.catalog.stock;

import java.time.Instant;

/**
 * Units of a product moved for one order and not settled yet: held for it, put back on sale, or
 * sold. The stock records its moves in flight ({@code pending}, at most one per order), so a move
 * repeated after a crash, or by a worker presumed dead that wakes up late, finds it there and is
 * done once. The saga settles a move (takes it off the stock) once the order's reservation records
 * it, so a stock document stays small however many orders hold its units.
 *
 * @param token who made the move: a hold counts for the order only if its reservation records this token
 */
public record Move(String orderId, int quantity, Kind kind, String token, Instant at) {

    /** The token of a hold recorded before moves had tokens: counted for any reservation that holds the line. */
    public static final String BEFORE_TOKENS = "before-tokens";

    public enum Kind {
        HOLD,
        RELEASE,
        SELL
    }

    /** Whether this hold is the one the reservation recorded ({@code recorded}: the line's token, null if none). */
    public boolean isHoldRecordedAs(String recorded) {
        return kind == Kind.HOLD && (token.equals(recorded) || token.equals(BEFORE_TOKENS));
    }
}
