package vn.ocop.fair.catalog.reservation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.reservation.Reservation.Requested;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;

/**
 * Runs catalog's steps of the order saga. Every step can be repeated, by a redelivered event or by
 * the sweeper after a crash, and still happens once: the reservation document is created once per
 * order, each line's hold is recorded in the stock itself (holding twice holds once), and each
 * status change is conditional on the status it leaves and on the worker's claim.
 *
 * <p>Round trips per order (README "Round trips per order"): reserving n lines is one insert, one
 * read of the products and one of their stock, one guarded update per line and the outcome;
 * releasing or selling is the claim, one guarded update per line and the outcome.
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
            OutboxRelays relays,
            ReservationMetrics metrics,
            Clock clock) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.relay = relays.forCollection(Reservations.COLLECTION);
        this.metrics = metrics;
        this.clock = clock;
    }

    /** OrderPlaced: reserve all lines or none, once per order. */
    void reserve(Reservation placed) {
        String claim = newClaim();
        if (reservations.start(placed, claim, clock.instant())) {
            advance(placed, claim, true);
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
                advance(releasing.get(), claim, false);
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
                advance(committing.get(), claim, false);
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

    /**
     * Takes the reservation on from wherever it stands, under {@code claim}: what the sweeper does
     * with a step it took over. A dead worker may have held any line of it, so a rejection puts
     * back every line.
     */
    void advance(Reservation reservation, String claim) {
        advance(reservation, claim, false);
    }

    private void advance(Reservation reservation, String claim, boolean fresh) {
        try {
            switch (reservation.status()) {
                case RESERVING -> reserveRemainingLines(reservation, claim, fresh);
                case RELEASING -> putBack(reservation, claim);
                case COMMITTING -> sell(reservation, claim);
                case RESERVED -> followRequest(reservation);
                default -> {}
            }
        } catch (ClaimLost e) {
            log.warn(e.getMessage());
            if (reservation.status() == Status.RESERVING) {
                putBackIfEnded(reservation); // we may have held lines after the one who took over ended it
            }
        }
    }

    /**
     * Tries the lines not tried yet: one look at their products and stock, then one guarded update
     * per line held. Once a line is refused the rest are only checked; the lines' results are
     * written down (a crash from then on compensates) and the held units put back before the
     * rejection is written. Only the outcome is written otherwise: a crash before it leaves the
     * lines to be tried again, and finds held what was held.
     *
     * @param fresh this worker started the reservation, so nothing but what it held itself is held
     */
    private void reserveRemainingLines(Reservation reservation, String claim, boolean fresh) {
        Reservation current = reservation;
        List<Integer> pending = current.pendingLines();
        if (!pending.isEmpty()) {
            Reservation tried = current;
            Shelf shelf = ledger.look(
                    pending.stream().map(i -> tried.lines().get(i).productId()).toList());
            for (int i : pending) {
                Reservation.Line line = current.lines().get(i);
                LineResult result = current.refused()
                        ? shelf.check(current.orderId(), line.productId(), line.quantity())
                        : ledger.hold(current.orderId(), line.productId(), line.quantity(), shelf);
                current = current.lineTried(i, result);
            }
        }
        if (current.refused()) {
            List<Reservation.Line> putBack = fresh ? current.heldLines() : current.lines();
            if (!putBack.isEmpty()) {
                if (!pending.isEmpty()
                        && !reservations.recordLines(current.orderId(), claim, current.lines(), clock.instant())) {
                    throw new ClaimLost(current.orderId());
                }
                for (Reservation.Line line : putBack) { // compensation
                    ledger.release(current.orderId(), line.productId(), line.quantity());
                }
            }
        }
        Reservation.Outcome outcome = current.outcome(clock.instant());
        Reservation after =
                finish(current, claim, Status.RESERVING, outcome.status(), outcome.event(), current.lines());
        metrics.outcome(outcome.status(), current.placedAt(), outcome.event().occurredAt());
        followRequest(after);
    }

    private void putBack(Reservation reservation, String claim) {
        for (Reservation.Line line : reservation.lines()) {
            ledger.release(reservation.orderId(), line.productId(), line.quantity());
        }
        finish(reservation, claim, Status.RELEASING, Status.RELEASED, reservation.released(clock.instant()), null);
    }

    private void sell(Reservation reservation, String claim) {
        for (Reservation.Line line : reservation.lines()) {
            ledger.commit(reservation.orderId(), line.productId(), line.quantity());
        }
        finish(reservation, claim, Status.COMMITTING, Status.COMMITTED, reservation.committed(clock.instant()), null);
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

    /**
     * Puts back units of the order's lines held by a worker presumed dead that woke up late, once
     * its reservation has ended (an ended reservation holds nothing): one read of the lines' stock,
     * then one update per straggling hold.
     *
     * @return how many holds were put back
     */
    int putBackStragglers(Reservation ended) {
        if (!ended.status().holdsNothing() || ended.lines().isEmpty()) {
            return 0;
        }
        Set<String> held = ledger.holding(
                ended.orderId(),
                ended.lines().stream().map(Reservation.Line::productId).toList());
        int released = 0;
        for (Reservation.Line line : ended.lines()) {
            if (held.contains(line.productId())) {
                log.warn(
                        "Putting back units of {} held for order {}, whose reservation is {}",
                        line.productId(),
                        ended.orderId(),
                        ended.status());
                ledger.release(ended.orderId(), line.productId(), line.quantity());
                released++;
            }
        }
        return released;
    }

    /** After losing the claim: if the one who took over ended the reservation, what we held since is ours to put back. */
    private void putBackIfEnded(Reservation ours) {
        try {
            reservations
                    .find(ours.orderId())
                    .map(Reservations.Claimed::reservation)
                    .filter(now -> now.status().holdsNothing())
                    .ifPresent(now -> putBackStragglers(
                            new Reservation(ours.orderId(), now.status(), ours.lines(), ours.placedAt(), null, null)));
        } catch (RuntimeException e) { // the sweeper watches the reservation too
            log.warn(
                    "Could not check order {} for units held after losing its claim: {}", ours.orderId(), e.toString());
        }
    }

    private Reservation finish(
            Reservation r, String claim, Status from, Status to, StockEvent event, List<Reservation.Line> lines) {
        Reservation after = reservations
                .finish(r.orderId(), claim, from, to, event, lines, clock.instant())
                .orElseThrow(() -> new ClaimLost(r.orderId()));
        relay.wake(r.orderId());
        return after;
    }

    private static String newClaim() {
        return UUID.randomUUID().toString();
    }
}
