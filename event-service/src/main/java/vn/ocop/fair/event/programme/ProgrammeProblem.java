package vn.ocop.fair.event.programme;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.event.fair.FairProblem;

/** An activity the programme refuses; the type says why. */
public final class ProgrammeProblem extends FairProblem {

    private ProgrammeProblem(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    /** Another activity holds the same stage or booth for part of that time. */
    static ProgrammeProblem overlap(String detail) {
        return new ProgrammeProblem(HttpStatus.CONFLICT, "activity-overlap", "The place is taken then", detail);
    }

    /** Not within one of the fair's days and its opening hours. */
    static ProgrammeProblem outsideHours(String detail) {
        return new ProgrammeProblem(
                HttpStatus.UNPROCESSABLE_CONTENT, "activity-outside-hours", "Outside the fair's hours", detail);
    }

    static ProgrammeProblem invalid(String detail) {
        return new ProgrammeProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-activity", "Invalid activity", detail);
    }

    static ProgrammeProblem notFound(String fairId, String activityId) {
        return new ProgrammeProblem(
                HttpStatus.NOT_FOUND,
                "activity-not-found",
                "Activity not found",
                "Fair " + fairId + " has no activity " + activityId);
    }
}
