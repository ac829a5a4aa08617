package vn.ocop.fair.event.programme;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.event.Refusal;

/** The refusals of the programme rules, each named for what went wrong. */
public final class ProgrammeRefusals {

    private ProgrammeRefusals() {}

    /** Another activity holds the same stage or booth for part of that time. */
    public static final class ActivityOverlap extends Refusal {
        ActivityOverlap(String detail) {
            super(HttpStatus.CONFLICT, "activity-overlap", "The place is taken then", detail);
        }
    }

    /** Not within one of the fair's days and its opening hours. */
    public static final class ActivityOutsideHours extends Refusal {
        ActivityOutsideHours(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "activity-outside-hours", "Outside the fair's hours", detail);
        }
    }

    public static final class InvalidActivity extends Refusal {
        InvalidActivity(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-activity", "Invalid activity", detail);
        }
    }
}
