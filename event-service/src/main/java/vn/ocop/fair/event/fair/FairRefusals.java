package vn.ocop.fair.event.fair;

import java.util.List;
import java.util.Map;
import vn.ocop.fair.support.web.RefusedRequest.Conflict;
import vn.ocop.fair.support.web.RefusedRequest.NotFound;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** The refusals of the fair rules (lifecycle, plan, visibility), each named for what went wrong. */
public final class FairRefusals {

    private FairRefusals() {}

    /** No fair with this id, or a draft the asker may not see. */
    public static final class FairNotFound extends NotFound {
        public FairNotFound(String fairId) {
            super("fair-not-found", "Fair not found", "No fair " + fairId);
        }
    }

    /** The fair's status does not allow what was asked (publishing an open fair, editing a closed one…). */
    public static final class IllegalTransition extends Conflict {
        IllegalTransition(String detail) {
            super("illegal-fair-transition", "Not allowed in the fair's status", detail);
        }
    }

    /** A fair's plan that breaks a rule across fields (ends before it starts, closes before it opens…). */
    public static final class InvalidFair extends Unprocessable {
        InvalidFair(String detail) {
            super("invalid-fair", "Invalid fair", detail);
        }
    }

    /** A draft that lacks what publishing needs (venue, dates, hours, a booth). */
    public static final class FairIncomplete extends Unprocessable {

        private final List<String> missing;

        FairIncomplete(List<String> missing) {
            super(
                    "fair-incomplete",
                    "The fair cannot be published yet",
                    "Publishing needs " + String.join(", ", missing));
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("missing", missing);
        }
    }

    /** The fair is closed or cancelled: its programme and promotions no longer change. */
    public static final class FairFinished extends Conflict {
        public FairFinished(Fair fair) {
            super(
                    "fair-finished",
                    "The fair is over",
                    "Fair " + fair.id() + " is " + fair.status() + ": its programme and promotions no longer change");
        }
    }
}
