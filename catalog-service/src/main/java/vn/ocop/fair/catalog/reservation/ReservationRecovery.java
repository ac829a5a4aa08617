package vn.ocop.fair.catalog.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Hold;
import vn.ocop.fair.catalog.stock.StockHolds;

/**
 * The sweeper that makes the saga survive crashes: a reservation step under way for longer than
 * {@code ocop.catalog.stock.recover-after} was abandoned (the service died between two lines, or
 * before writing the outcome); it is taken over and finished or compensated from where its log
 * stands. It also puts back any hold whose order's reservation has ended without it (a worker that
 * was presumed dead and woke up late). Runs at start-up and every {@code sweep-interval}.
 */
@Component
@EnableScheduling
class ReservationRecovery {

    private static final Logger log = LoggerFactory.getLogger(ReservationRecovery.class);
    private static final Set<Status> ENDED_WITHOUT_HOLDS = Set.of(Status.REJECTED, Status.RELEASED, Status.COMMITTED);

    private final Reservations reservations;
    private final ReservationSaga saga;
    private final StockHolds holds;
    private final Clock clock;
    private final Duration recoverAfter;

    ReservationRecovery(
            Reservations reservations,
            ReservationSaga saga,
            StockHolds holds,
            Clock clock,
            CatalogProperties properties) {
        this.reservations = reservations;
        this.saga = saga;
        this.holds = holds;
        this.clock = clock;
        this.recoverAfter = properties.stock().recoverAfter();
    }

    @Scheduled(fixedDelayString = "${ocop.catalog.stock.sweep-interval}")
    void sweep() {
        try {
            Instant cutoff = clock.instant().minus(recoverAfter);
            int recovered = recoverAbandoned(cutoff);
            int orphans = releaseOrphanHolds(cutoff);
            if (recovered + orphans > 0) {
                log.warn("Recovered {} abandoned reservation step(s), released {} orphan hold(s)", recovered, orphans);
            }
        } catch (RuntimeException e) {
            log.warn("Reservation sweep failed; trying again at the next one: {}", e.toString());
        }
    }

    /** Finishes or compensates every reservation step abandoned before {@code cutoff}. */
    int recoverAbandoned(Instant cutoff) {
        int recovered = 0;
        for (Reservations.Claimed abandoned : reservations.abandoned(cutoff)) {
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

    /** Puts back units held for orders whose reservation ended (rejected, released, sold) without them. */
    int releaseOrphanHolds(Instant cutoff) {
        int released = 0;
        for (Map.Entry<String, List<Hold>> product : holds.holdsBefore(cutoff).entrySet()) {
            List<String> orders = product.getValue().stream().map(Hold::orderId).toList();
            Map<String, Status> statuses = reservations.statuses(orders);
            for (String order : orders) {
                if (ENDED_WITHOUT_HOLDS.contains(statuses.get(order)) && holds.release(product.getKey(), order)) {
                    log.warn(
                            "Released units of {} held for order {}, whose reservation is {}",
                            product.getKey(),
                            order,
                            statuses.get(order));
                    released++;
                }
            }
        }
        return released;
    }
}
