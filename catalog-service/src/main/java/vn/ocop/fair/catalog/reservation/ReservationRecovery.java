package vn.ocop.fair.catalog.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.CatalogProperties;

/**
 * The sweeper that makes the saga survive crashes: a reservation step under way for longer than
 * {@code ocop.catalog.stock.recover-after} was abandoned (the service died between two lines, or
 * before writing the outcome); it is taken over and finished or compensated from where its log
 * stands. For {@code straggler-watch} after a takeover it also takes back any hold the worker
 * presumed dead made for the order after the reservation moved on without it (that worker may wake
 * up late), and then settles the order's moves. Both read only their working sets, through the reservations' {@code underway} and
 * {@code takenOver} markers. Runs at start-up and every {@code sweep-interval}.
 */
@Component
@EnableScheduling
class ReservationRecovery {

    private static final Logger log = LoggerFactory.getLogger(ReservationRecovery.class);
    /** Reservations handled per sweep and working set; the rest wait for the next sweep. */
    static final int BATCH = 500;

    private final Reservations reservations;
    private final ReservationSaga saga;
    private final Clock clock;
    private final Duration recoverAfter;
    private final Duration stragglerWatch;

    ReservationRecovery(Reservations reservations, ReservationSaga saga, Clock clock, CatalogProperties properties) {
        this.reservations = reservations;
        this.saga = saga;
        this.clock = clock;
        this.recoverAfter = properties.stock().recoverAfter();
        this.stragglerWatch = properties.stock().stragglerWatch();
    }

    @Scheduled(fixedDelayString = "${ocop.catalog.stock.sweep-interval}")
    void sweep() {
        try {
            Instant now = clock.instant();
            int recovered = recoverAbandoned(now.minus(recoverAfter));
            int stragglers = putBackStragglers(now);
            if (recovered + stragglers > 0) {
                log.warn(
                        "Recovered {} abandoned reservation step(s), put back {} straggling hold(s)",
                        recovered,
                        stragglers);
            }
        } catch (RuntimeException e) {
            log.warn("Reservation sweep failed; trying again at the next one: {}", e.toString());
        }
    }

    /** Finishes or compensates every reservation step abandoned before {@code cutoff}. */
    int recoverAbandoned(Instant cutoff) {
        int recovered = 0;
        for (Reservations.Claimed abandoned : reservations.abandoned(cutoff, BATCH)) {
            String claim = UUID.randomUUID().toString();
            var taken = reservations.takeOver(abandoned, cutoff, claim, clock.instant());
            if (taken.isPresent()) {
                Reservation r = taken.get().reservation();
                log.warn("Taking over the reservation of order {}, abandoned while {}", r.orderId(), r.status());
                try {
                    saga.advance(r, claim);
                    recovered++;
                } catch (RuntimeException e) { // left for the next sweep; the others go on
                    log.warn("Could not finish the reservation of order {}: {}", r.orderId(), e.toString());
                }
            }
        }
        return recovered;
    }

    /**
     * Takes back holds made late for taken-over orders (ones their reservation does not count);
     * stops watching an order {@code straggler-watch} after its takeover, settling its moves.
     */
    int putBackStragglers(Instant now) {
        int released = 0;
        for (Reservations.TakenOver watched : reservations.takenOver(BATCH)) {
            Reservation r = watched.reservation();
            try {
                boolean watchEnds = watched.takenOverAt().plus(stragglerWatch).isBefore(now);
                released += saga.reconcile(r, watchEnds);
                if (watchEnds && !r.status().inProgress()) {
                    reservations.stopWatching(r.orderId());
                }
            } catch (RuntimeException e) {
                log.warn("Could not check order {} for straggling holds: {}", r.orderId(), e.toString());
            }
        }
        return released;
    }
}
