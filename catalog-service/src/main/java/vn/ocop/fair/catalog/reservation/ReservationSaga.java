package vn.ocop.fair.catalog.reservation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.reservation.Reservation.Requested;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.support.outbox.OutboxRelay;

/**
 * Runs catalog's steps of the order saga. Every step can be repeated, by a redelivered event or by
 * the sweeper after a crash, and still happens once: the reservation document is created once per
 * order, each line's hold is recorded in the stock itself, and each status change is conditional
 * on the status it leaves and on the worker's claim.
 */
@Service
class ReservationSaga {

    private static final Logger log = LoggerFactory.getLogger(ReservationSaga.class);

    private final Reservations reservations;
    private final StockLedger ledger;
    private final OutboxRelay relay;
    private final ReservationMetrics metrics;
    private final Clock clock;

    ReservationSaga(
            Reservations reservations,
            StockLedger ledger,
            @Qualifier("reservationOutboxRelay") OutboxRelay relay,
            ReservationMetrics metrics,
            Clock clock) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.relay = relay;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** OrderPlaced: reserve all lines or none, once per order. */
    void reserve(Reservation placed) {
        String claim = newClaim();
        if (reservations.start(placed, claim, clock.instant())) {
            advance(placed, claim);
        } else {
            log.debug("Order {} has a reservation already: redelivered or duplicated", placed.orderId());
        }
    }

    /** OrderCancelled, OrderRejected, OrderExpired: put back what the order holds, once. */
    void release(String orderId, String cause) {
        while (true) {
            String claim = newClaim();
            Optional<Reservation> releasing =
                    reservations.begin(orderId, Status.RELEASING, cause, claim, clock.instant());
            if (releasing.isPresent()) {
                advance(releasing.get(), claim);
                return;
            }
            Optional<Reservations.Claimed> existing = reservations.find(orderId);
            if (existing.isEmpty()) {
                if (reservations.closeUnreserved(orderId, cause, clock.instant())) {
                    log.info("Order {} ended ({}) before catalog reserved anything for it", orderId, cause);
                    return;
                }
                continue; // its OrderPlaced was handled meanwhile
            }
            Status status = existing.get().reservation().status();
            if (status == Status.RESERVED) {
                continue; // it was reserved just now
            }
            if (status == Status.RESERVING && !reservations.request(orderId, Requested.RELEASE, cause)) {
                continue; // it was reserved just now
            }
            return; // released right after it is reserved, or it holds nothing (any other status)
        }
    }

    /** OrderFulfilled: sell what the order holds, once. */
    void commit(String orderId) {
        while (true) {
            String claim = newClaim();
            Optional<Reservation> committing =
                    reservations.begin(orderId, Status.COMMITTING, null, claim, clock.instant());
            if (committing.isPresent()) {
                advance(committing.get(), claim);
                return;
            }
            Optional<Reservations.Claimed> existing = reservations.find(orderId);
            if (existing.isEmpty()) {
                log.warn("Order {} was fulfilled but catalog never reserved it; nothing to sell", orderId);
                return;
            }
            Status status = existing.get().reservation().status();
            if (status == Status.RESERVED) {
                continue;
            }
            if (status == Status.RESERVING && !reservations.request(orderId, Requested.COMMIT, null)) {
                continue;
            }
            if (status == Status.REJECTED || status == Status.RELEASING || status == Status.RELEASED) {
                log.warn("Order {} was fulfilled but its reservation is {}; nothing to sell", orderId, status);
            }
            return;
        }
    }

    /** Takes the reservation on from wherever it stands, under {@code claim}. */
    void advance(Reservation reservation, String claim) {
        try {
            switch (reservation.status()) {
                case RESERVING -> reserveRemainingLines(reservation, claim);
                case RELEASING -> putBack(reservation, claim);
                case COMMITTING -> sell(reservation, claim);
                case RESERVED -> followRequest(reservation);
                default -> {}
            }
        } catch (ClaimLost e) {
            log.warn(e.getMessage());
        }
    }

    private void reserveRemainingLines(Reservation reservation, String claim) {
        Reservation current = reservation;
        for (Optional<Integer> next = current.nextPending(); next.isPresent(); next = current.nextPending()) {
            int i = next.get();
            Reservation.Line line = current.lines().get(i);
            LineResult result = current.refused()
                    ? ledger.check(line.productId(), line.quantity())
                    : ledger.hold(current.orderId(), line.productId(), line.quantity());
            current = current.lineTried(i, result);
            if (!reservations.recordLine(
                    current.orderId(), claim, i, current.lines().get(i), clock.instant())) {
                throw new ClaimLost(current.orderId());
            }
        }
        if (current.refused()) {
            for (Reservation.Line line : current.lines()) {
                ledger.release(current.orderId(), line.productId()); // compensation: every line, held or not
            }
        }
        Reservation.Outcome outcome = current.outcome(clock.instant());
        Reservation after = finish(current, claim, Status.RESERVING, outcome.status(), outcome.event());
        metrics.outcome(outcome.status(), current.placedAt(), outcome.event().occurredAt());
        followRequest(after);
    }

    private void putBack(Reservation reservation, String claim) {
        for (Reservation.Line line : reservation.lines()) {
            ledger.release(reservation.orderId(), line.productId());
        }
        finish(reservation, claim, Status.RELEASING, Status.RELEASED, reservation.released(clock.instant()));
    }

    private void sell(Reservation reservation, String claim) {
        for (Reservation.Line line : reservation.lines()) {
            ledger.commit(reservation.orderId(), line.productId());
        }
        finish(reservation, claim, Status.COMMITTING, Status.COMMITTED, reservation.committed(clock.instant()));
    }

    /** A reserved order that ended while it was being reserved is released (or sold) right away. */
    private void followRequest(Reservation reserved) {
        if (reserved.status() != Status.RESERVED || reserved.requested() == null) {
            return;
        }
        if (reserved.requested() == Requested.RELEASE) {
            release(reserved.orderId(), reserved.releaseCause());
        } else {
            commit(reserved.orderId());
        }
    }

    private Reservation finish(Reservation r, String claim, Status from, Status to, StockEvent event) {
        Reservation after = reservations
                .finish(r.orderId(), claim, from, to, event, clock.instant())
                .orElseThrow(() -> new ClaimLost(r.orderId()));
        relay.wake();
        return after;
    }

    private static String newClaim() {
        return UUID.randomUUID().toString();
    }
}
