package vn.ocop.fair.catalog.fair;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies booth events to the catalogue. The rule: per fair and booth, the latest event
 * ({@code occurredAt}) wins. A booth's events share the fair's key, so they normally arrive in
 * order; an older one arriving after a later one (a redelivery, a dead-letter replay) is ignored,
 * so a release that overtook its assignment leaves no stale stand. The same event twice changes
 * nothing.
 */
@Service
class FairPresence {

    private static final Logger log = LoggerFactory.getLogger(FairPresence.class);

    private final Booths booths;
    private final FairStands stands;

    FairPresence(Booths booths, FairStands stands) {
        this.booths = booths;
        this.stands = stands;
    }

    void assigned(BoothAssignment assignment) {
        Optional<Booths.Shown> latest = booths.record(
                assignment.fairId(),
                assignment.boothCode(),
                Booths.State.ASSIGNED,
                assignment.producerId(),
                assignment.productIds(),
                assignment.occurredAt());
        if (latest.isPresent()) {
            stands.show(assignment, latest.get());
        } else {
            log.info(
                    "Ignoring an assignment of booth {} of fair {} from {}: a later event is recorded",
                    assignment.boothCode(),
                    assignment.fairId(),
                    assignment.occurredAt());
        }
    }

    void released(BoothRelease release) {
        Optional<Booths.Shown> latest = booths.record(
                release.fairId(),
                release.boothCode(),
                Booths.State.RELEASED,
                release.producerId(),
                List.of(),
                release.occurredAt());
        if (latest.isPresent()) {
            stands.withdraw(release.fairId(), release.boothCode(), latest.get());
        } else {
            log.info(
                    "Ignoring a release of booth {} of fair {} from {}: a later event is recorded",
                    release.boothCode(),
                    release.fairId(),
                    release.occurredAt());
        }
    }
}
