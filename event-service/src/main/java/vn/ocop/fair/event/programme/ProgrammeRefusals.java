package vn.ocop.fair.event.programme;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** The refusals of the programme rules, each named for what went wrong. */
public final class ProgrammeRefusals {

    private ProgrammeRefusals() {}

    /** Another activity holds the same stage or booth for part of that time. */
    public static final class ActivityOverlap extends Conflict {
        ActivityOverlap(String detail) {
            super("activity-overlap", "The place is taken then", detail);
        }
    }

    /** Not within one of the fair's days and its opening hours. */
    public static final class ActivityOutsideHours extends Unprocessable {
        ActivityOutsideHours(String detail) {
            super("activity-outside-hours", "Outside the fair's hours", detail);
        }
    }

    public static final class InvalidActivity extends Unprocessable {
        InvalidActivity(String detail) {
            super("invalid-activity", "Invalid activity", detail);
        }
    }
}
