package vn.ocop.fair.event.application;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.ocop.fair.event.Refusal;
import vn.ocop.fair.support.security.Caller;

/** The refusals of the exhibitor application rules, each named for what went wrong. */
final class ApplicationRefusals {

    private ApplicationRefusals() {}

    static final class ApplicationNotFound extends Refusal {
        ApplicationNotFound(String fairId, String id) {
            super(
                    HttpStatus.NOT_FOUND,
                    "application-not-found",
                    "Application not found",
                    "Fair " + fairId + " has no application " + id + " you may see");
        }
    }

    static final class NotYourProducer extends Refusal {
        NotYourProducer(Caller caller, String producerId) {
            super(
                    HttpStatus.FORBIDDEN,
                    "not-your-producer",
                    "Not your producer",
                    caller.subject() + " may not act for producer " + producerId);
        }
    }

    static final class FairNotAcceptingApplications extends Refusal {
        FairNotAcceptingApplications(String fairId, String status) {
            super(
                    HttpStatus.CONFLICT,
                    "fair-not-accepting-applications",
                    "The fair does not accept applications",
                    "Fair " + fairId + " is " + status + "; producers apply while it is PUBLISHED or OPEN");
        }
    }

    static final class AlreadyApplied extends Refusal {
        AlreadyApplied(String producerId, String applicationId) {
            super(
                    HttpStatus.CONFLICT,
                    "already-applied",
                    "Already applied",
                    "Producer " + producerId + " already has application " + applicationId + " to this fair");
        }
    }

    static final class DecisionNotAllowed extends Refusal {
        DecisionNotAllowed(ExhibitorApplication application, String what) {
            super(
                    HttpStatus.CONFLICT,
                    "decision-not-allowed",
                    "Not allowed in this state",
                    "Application " + application.id() + " is " + application.status() + ": cannot " + what);
        }
    }

    static final class NotApproved extends Refusal {
        NotApproved(ExhibitorApplication application) {
            super(
                    HttpStatus.CONFLICT,
                    "application-not-approved",
                    "Application not approved",
                    "Application " + application.id() + " is " + application.status()
                            + "; only an approved application gets a booth");
        }
    }

    static final class NotEligible extends Refusal {

        private final List<Eligibility.Failure> failures;

        NotEligible(List<Eligibility.Failure> failures) {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
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
