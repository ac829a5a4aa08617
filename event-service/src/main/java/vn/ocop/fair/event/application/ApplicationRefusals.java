package vn.ocop.fair.event.application;

import java.util.List;
import java.util.Map;
import vn.ocop.fair.support.security.Caller;
import vn.ocop.fair.support.web.RefusedRequest.Conflict;
import vn.ocop.fair.support.web.RefusedRequest.Forbidden;
import vn.ocop.fair.support.web.RefusedRequest.NotFound;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** The refusals of the exhibitor application rules, each named for what went wrong. */
final class ApplicationRefusals {

    private ApplicationRefusals() {}

    static final class ApplicationNotFound extends NotFound {
        ApplicationNotFound(String fairId, String id) {
            super(
                    "application-not-found",
                    "Application not found",
                    "Fair " + fairId + " has no application " + id + " you may see");
        }
    }

    static final class NotYourProducer extends Forbidden {
        NotYourProducer(Caller caller, String producerId) {
            super(
                    "not-your-producer",
                    "Not your producer",
                    caller.subject() + " may not act for producer " + producerId);
        }
    }

    static final class FairNotAcceptingApplications extends Conflict {
        FairNotAcceptingApplications(String fairId, String status) {
            super(
                    "fair-not-accepting-applications",
                    "The fair does not accept applications",
                    "Fair " + fairId + " is " + status + "; producers apply while it is PUBLISHED or OPEN");
        }
    }

    static final class AlreadyApplied extends Conflict {
        AlreadyApplied(String producerId, String applicationId) {
            super(
                    "already-applied",
                    "Already applied",
                    "Producer " + producerId + " already has application " + applicationId + " to this fair");
        }
    }

    static final class DecisionNotAllowed extends Conflict {
        DecisionNotAllowed(ExhibitorApplication application, String what) {
            super(
                    "decision-not-allowed",
                    "Not allowed in this state",
                    "Application " + application.id() + " is " + application.status() + ": cannot " + what);
        }
    }

    static final class NotApproved extends Conflict {
        NotApproved(ExhibitorApplication application) {
            super(
                    "application-not-approved",
                    "Application not approved",
                    "Application " + application.id() + " is " + application.status()
                            + "; only an approved application gets a booth");
        }
    }

    static final class NotEligible extends Unprocessable {

        private final List<Eligibility.Failure> failures;

        NotEligible(List<Eligibility.Failure> failures) {
            super(
                    "not-eligible",
                    "Not eligible for this fair",
                    failures.size() + " product rule(s) failed: "
                            + String.join(
                                    "; ",
                                    failures.stream()
                                            .map(Eligibility.Failure::detail)
                                            .toList()));
            this.failures = List.copyOf(failures);
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("failures", failures);
        }
    }
}
