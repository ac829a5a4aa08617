package vn.ocop.fair.bench;

/** Reads the order's id from order-service's answer without parsing the whole order. */
final class OrderAnswers {

    private OrderAnswers() {}

    /** The first {@code "id":"…"} of the body: the order view starts with its id. */
    static String id(String body) {
        int at = body.indexOf("\"id\":\"");
        if (at < 0) {
            return null;
        }
        int from = at + 6;
        int to = body.indexOf('"', from);
        return to < 0 ? null : body.substring(from, to);
    }
}
