package vn.ocop.fair.system;

/**
 * One fuzz case: an operation sent with bad input, by a demo account (anonymously when {@code account} is null).
 * {@code target} is the path and query exactly as sent (already percent-encoded); {@code body} is null
 * for none. The body kinds carry a body the operation must refuse; the others an empty object, where
 * the operation reads a body at all.
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

    /** A bad body must be refused: nothing of it may be stored. */
    boolean mustBeRefused() {
        return kind.startsWith("body");
    }
}
