package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transitions of an exhibitor application. */
class ExhibitorApplicationTest {

    static final Instant NOW = Instant.parse("2026-04-28T03:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({
        "PENDING, APPROVED, allowed",
        "PENDING, REJECTED, allowed",
        "PENDING, WAITLISTED, allowed",
        "WAITLISTED, APPROVED, allowed",
        "WAITLISTED, REJECTED, allowed",
        "WAITLISTED, WAITLISTED, refused",
        "APPROVED, REJECTED, refused",
        "APPROVED, WAITLISTED, refused",
        "REJECTED, APPROVED, refused",
        "WITHDRAWN, APPROVED, refused"
    })
    void organiserDecidesOnlyPendingOrWaitlistedApplications(
            ApplicationStatus from, Decision decision, String expected) {
        ExhibitorApplication application = in(from);

        if (expected.equals("allowed")) {
            ExhibitorApplication decided = application.decide(decision, "lý do", 7L, NOW);
            assertThat(decided.status()).isEqualTo(decision.status());
            assertThat(decided.version()).isEqualTo(application.version() + 1);
        } else {
            assertThatThrownBy(() -> application.decide(decision, "lý do", 7L, NOW))
                    .isInstanceOf(ApplicationRefusals.DecisionNotAllowed.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"PENDING, true", "WAITLISTED, true", "APPROVED, true", "REJECTED, false", "WITHDRAWN, false"})
    void producerWithdrawsUntilRejected(ApplicationStatus from, boolean allowed) {
        if (allowed) {
            assertThat(in(from).withdraw(null, NOW).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        } else {
            assertThatThrownBy(() -> in(from).withdraw(null, NOW))
                    .isInstanceOf(ApplicationRefusals.DecisionNotAllowed.class);
        }
    }

    static ExhibitorApplication in(ApplicationStatus status) {
        ExhibitorApplication pending =
                ExhibitorApplication.submit("f-1", "htx-a", List.of("p-1"), List.of("A-01"), "producer-of-htx-a", NOW);
        return new ExhibitorApplication(
                pending.id(),
                pending.fairId(),
                pending.producerId(),
                pending.productIds(),
                pending.boothPreferences(),
                status,
                null,
                null,
                pending.appliedBy(),
                pending.appliedAt(),
                null,
                3);
    }
}
