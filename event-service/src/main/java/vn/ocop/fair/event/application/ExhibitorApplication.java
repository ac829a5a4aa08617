package vn.ocop.fair.event.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A producer's application to exhibit at a fair. It enforces its own transitions: an organiser
 * approves, rejects (with a reason) or waitlists a pending one, and approves or rejects a
 * waitlisted one; the producer may withdraw it until it is rejected.
 *
 * @param waitlistRank the place in the fair's queue, set when waitlisted (lower = earlier)
 */
public record ExhibitorApplication(
        String id,
        String fairId,
        String producerId,
        List<String> productIds,
        List<String> boothPreferences,
        ApplicationStatus status,
        String reason,
        Long waitlistRank,
        String appliedBy,
        Instant appliedAt,
        Instant decidedAt,
        long version) {

    static final Set<ApplicationStatus> ACTIVE =
            Set.of(ApplicationStatus.PENDING, ApplicationStatus.APPROVED, ApplicationStatus.WAITLISTED);

    public ExhibitorApplication {
        productIds = List.copyOf(productIds);
        boothPreferences = boothPreferences == null ? List.of() : List.copyOf(boothPreferences);
    }

    static ExhibitorApplication submit(
            String fairId,
            String producerId,
            List<String> productIds,
            List<String> boothPreferences,
            String by,
            Instant now) {
        return new ExhibitorApplication(
                UUID.randomUUID().toString(),
                fairId,
                producerId,
                productIds,
                boothPreferences,
                ApplicationStatus.PENDING,
                null,
                null,
                by,
                now,
                null,
                1);
    }

    /** The application after the organiser's decision; {@code rank} is used when waitlisting. */
    ExhibitorApplication decide(Decision decision, String why, Long rank, Instant now) {
        boolean allowed = switch (status) {
            case PENDING -> true;
            case WAITLISTED -> decision != Decision.WAITLISTED;
            default -> false;
        };
        if (!allowed) {
            throw new ApplicationRefusals.DecisionNotAllowed(this, "be " + decision);
        }
        return next(decision.status(), why, decision == Decision.WAITLISTED ? rank : waitlistRank, now);
    }

    ExhibitorApplication withdraw(String why, Instant now) {
        if (!ACTIVE.contains(status)) {
            throw new ApplicationRefusals.DecisionNotAllowed(this, "be withdrawn");
        }
        return next(ApplicationStatus.WITHDRAWN, why, waitlistRank, now);
    }

    /** The same application in its next version: a new status, with why and when it came. */
    private ExhibitorApplication next(ApplicationStatus newStatus, String why, Long rank, Instant now) {
        return new ExhibitorApplication(
                id,
                fairId,
                producerId,
                productIds,
                boothPreferences,
                newStatus,
                why,
                rank,
                appliedBy,
                appliedAt,
                now,
                version + 1);
    }

    /** Whether a released booth may be offered to this application: it prefers it, or has no preference. */
    boolean wouldTake(String boothCode) {
        return boothPreferences.isEmpty() || boothPreferences.contains(boothCode);
    }
}
