package vn.ocop.fair.event;

import vn.ocop.fair.support.web.RefusedRequest.BadRequest;
import vn.ocop.fair.support.web.RefusedRequest.Conflict;

/**
 * The refusals every feature may give, answered alike wherever they arise: a request that cannot be
 * taken as it is, and a change that lost too many races.
 */
public final class CommonRefusals {

    private CommonRefusals() {}

    /** A request the API cannot take as it is (a period ending before it starts, a page size over 100…). */
    public static final class InvalidRequest extends BadRequest {
        public InvalidRequest(String detail) {
            super("invalid-request", "Invalid request", detail);
        }
    }

    /** {@code what} kept changing under the request, or the version it was made from is old. */
    public static final class ConcurrentChange extends Conflict {
        public ConcurrentChange(String what) {
            super("concurrent-change", "Changed meanwhile", what + " changed meanwhile; try again");
        }
    }
}
