package vn.ocop.fair.catalog.reservation;

/**
 * What trying one line of an order gave.
 *
 * @param refusal why it cannot be reserved, or null
 * @param available units on sale when it was refused for lack of them
 * @param token the hold's token when held
 */
record LineResult(Reservation.LineState state, Refusal refusal, long available, String token) {

    static LineResult held(String token) {
        return new LineResult(Reservation.LineState.HELD, null, 0, token);
    }

    static LineResult wouldFit() {
        return new LineResult(Reservation.LineState.NOT_TRIED, null, 0, null);
    }

    static LineResult refused(Refusal refusal, long available) {
        return new LineResult(Reservation.LineState.REFUSED, refusal, available, null);
    }
}
