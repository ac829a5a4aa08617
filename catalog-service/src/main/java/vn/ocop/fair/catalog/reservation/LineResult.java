package vn.ocop.fair.catalog.reservation;

/**
 * What trying one line of an order gave.
 *
 * @param refusal why it cannot be reserved, or null
 * @param available units on sale when it was refused for lack of them
 */
record LineResult(Reservation.LineState state, Refusal refusal, long available) {

    static LineResult held() {
        return new LineResult(Reservation.LineState.HELD, null, 0);
    }

    static LineResult wouldFit() {
        return new LineResult(Reservation.LineState.NOT_TRIED, null, 0);
    }

    static LineResult refused(Refusal refusal, long available) {
        return new LineResult(Reservation.LineState.REFUSED, refusal, available);
    }
}
