package vn.ocop.fair.bench;

/**
 * One {@code POST /api/orders} the bench sent: who, what, with which key, when it was due, and what
 * became of it. The request can be sent again as it was (same key, same body): order-service then
 * answers with the order the first one made, which is how an unknown outcome is resolved.
 */
final class Placement {

    enum Outcome {
        /** not answered yet */
        SENT,
        /** 201: the order exists */
        PLACED,
        /** a 4xx problem: no order */
        REFUSED,
        /** a 5xx, a time-out or a broken connection: there may be an order */
        UNKNOWN,
        /** never sent: the buyer gave up waiting for the system (flash sale) */
        NOT_SENT
    }

    final String phase;
    final String key;
    final String customer;
    final String token;
    final String productId;
    final int quantity;
    final String body;
    /** When the request was due (open loop) or sent (closed loop), epoch milliseconds. */
    final long dueAtMillis;

    volatile Outcome outcome = Outcome.SENT;
    /** The status of the first answer (0: none, the request failed): a replay does not change it. */
    volatile int firstStatus = -1;

    volatile String orderId;
    volatile int httpStatus;
    volatile String answer;

    /** From the order's document once it left PENDING: CONFIRMED, REJECTED or later. */
    volatile String status;
    /** When the saga decided (the CONFIRMED or REJECTED step of the timeline), epoch milliseconds. */
    volatile long finalAtMillis;
    /** Units of the order at the flash deal's price. */
    volatile int dealUnits;

    Placement(
            String phase,
            String key,
            String customer,
            String token,
            String productId,
            int quantity,
            String body,
            long dueAtMillis) {
        this.phase = phase;
        this.key = key;
        this.customer = customer;
        this.token = token;
        this.productId = productId;
        this.quantity = quantity;
        this.body = body;
        this.dueAtMillis = dueAtMillis;
    }

    void answered(int status, String responseBody) {
        if (firstStatus < 0) {
            firstStatus = status;
        }
        httpStatus = status;
        if (status == 201) {
            orderId = OrderAnswers.id(responseBody);
            outcome = orderId == null ? Outcome.UNKNOWN : Outcome.PLACED;
        } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
            outcome = Outcome.REFUSED;
            answer = responseBody;
        } else {
            outcome = Outcome.UNKNOWN;
            answer = responseBody;
        }
    }

    void failed(Throwable error) {
        if (firstStatus < 0) {
            firstStatus = 0;
        }
        outcome = Outcome.UNKNOWN;
        answer = error.toString();
    }

    /** Placed at the first attempt (not only when its Idempotency-Key was replayed after the load). */
    boolean placedAtOnce() {
        return firstStatus == 201;
    }

    void gaveUp() {
        outcome = Outcome.NOT_SENT;
    }

    boolean isFinal() {
        return status != null && !"PENDING".equals(status);
    }
}
