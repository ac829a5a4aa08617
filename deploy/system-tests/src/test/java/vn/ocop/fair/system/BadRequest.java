package vn.ocop.fair.system;

/**
 * One fuzz case: an operation sent with bad input, by a demo account (anonymously when {@code account} is null).
 * {@code target} is the path and query exactly as sent (already percent-encoded); {@code body} is null
 * for none. The body kinds carry a broken or wrong-typed body; the others an empty object, where the
 * operation reads a body at all.
 */
record BadRequest(
        ApiOperation operation,
        String kind,
        String detail,
        String target,
        String contentType,
        String body,
        String account) {

    /** The test's display name: the operation, what is wrong with the request, and who sends it. */
    String displayName() {
        String shortDetail = detail.length() > 60 ? detail.substring(0, 57) + "..." : detail;
        return operation.name() + " — " + kind + ": " + shortDetail + " [" + (account == null ? "anonymous" : account)
                + "]";
    }

    /**
     * A write with bad input must be refused, so that nothing is stored or changed: its body is bad,
     * or empty, or its ids are random or malformed.
     */
    boolean mustBeRefused() {
        return !operation.isRead();
    }
}
