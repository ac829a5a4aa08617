package vn.ocop.fair.event.booth;

import java.util.List;
import java.util.stream.Collectors;
import vn.ocop.fair.support.web.RefusedRequest.Conflict;
import vn.ocop.fair.support.web.RefusedRequest.NotFound;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** The refusals of the booth layout and assignment rules, each named for what went wrong. */
public final class BoothRefusals {

    private BoothRefusals() {}

    public static final class FairClosedForChanges extends Conflict {
        public FairClosedForChanges(FairTerms fair) {
            super(
                    "fair-closed",
                    "The fair is closed for changes",
                    "Fair " + fair.fairId() + " is " + fair.status() + ": its booths and exhibitors no longer change");
        }
    }

    public static final class FairNotScheduled extends Conflict {
        public FairNotScheduled(FairTerms fair) {
            super(
                    "fair-not-scheduled",
                    "The fair has no dates yet",
                    "Fair " + fair.fairId() + " has no first and last day yet");
        }
    }

    public static final class BoothNotFound extends NotFound {
        public BoothNotFound(String fairId, String code) {
            super("booth-not-found", "Booth not found", "Fair " + fairId + " has no booth " + code);
        }
    }

    public static final class BoothCodeTaken extends Conflict {
        public BoothCodeTaken(String fairId, String codes) {
            super("booth-code-taken", "Booth code taken", "Fair " + fairId + " already has booth(s) " + codes);
        }
    }

    public static final class BoothBlocked extends Conflict {
        public BoothBlocked(String code) {
            super("booth-blocked", "Booth blocked", "Booth " + code + " is blocked");
        }
    }

    public static final class BoothAlreadyAssigned extends Conflict {
        public BoothAlreadyAssigned(String code, Period wanted, Period taken) {
            super(
                    "booth-already-assigned",
                    "Booth already assigned",
                    "Booth " + code + " is assigned " + taken + ", which overlaps " + wanted);
        }

        public BoothAlreadyAssigned(String code) {
            super(
                    "booth-already-assigned",
                    "Booth already assigned",
                    "Booth " + code + " has assignments; release them first");
        }
    }

    public static final class BoothLimitReached extends Conflict {
        public BoothLimitReached(String producerId, List<Assignment> held, Period wanted, int limit) {
            super(
                    "booth-limit-reached",
                    "Booth limit reached",
                    "Producer " + producerId + " already holds "
                            + held.stream()
                                    .map(a -> a.boothCode() + " " + a.period())
                                    .collect(Collectors.joining(", "))
                            + " during " + wanted + ": at most " + limit
                            + " booth(s) per producer at the same time");
        }
    }

    public static final class PeriodOutsideFair extends Unprocessable {
        public PeriodOutsideFair(Period wanted, Period fair) {
            super(
                    "period-outside-fair",
                    "Period outside the fair",
                    "The period " + wanted + " is not within the fair " + fair);
        }
    }

    public static final class AssignmentNotFound extends NotFound {
        public AssignmentNotFound(String code) {
            super("assignment-not-found", "No such assignment", "Booth " + code + " has no assignment to release");
        }
    }
}
