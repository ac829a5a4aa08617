package vn.ocop.fair.catalog.reservation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.reservation.Reservation.Requested;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Move;
import vn.ocop.fair.catalog.stock.Settling;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;

/**
 * Runs catalog's steps of the order saga. Every step can be repeated, by a redelivered event or by
 * the sweeper after a crash, and still happens once: the reservation document is created once per
 * order, each line's move (hold, release, sale) stays recorded in flight on the stock until the
 * reservation records its outcome (moving twice moves once), and each status change is conditional
 * on the status it leaves and on the worker's claim. Then the moves are settled: taken off the
 * stock, so that a product's stock document stays small however many orders hold its units. After
 * a takeover they stay in flight while the sweeper watches for the worker presumed dead, whose late
 * moves they block; the sweeper settles them when it stops watching.
 *
 * <p>Round trips per order (README "Round trips per order"): reserving n lines is one insert, one
 * read of the products and one of their stock, one guarded update per line, the outcome and one
 * bulk write settling the lines (one for a whole batch of orders); releasing or selling is the claim, one guarded update per line,
 * the outcome and the bulk write settling them.
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
            advance(placed, claim, true, false);
        } else {
            log.debug("Order {} has a reservation already: redelivered or duplicated", placed.orderId());
        }
    }

    /**
     * OrderPlaced of several orders (a batch of the topic): one insert of their reservations, one
     * look at all their products and stock, then each order's lines held and its outcome written as
     * {@link #reserve} does; an order seen before is skipped. An order whose reservation fails
     * half-way is left as a crash leaves it, to the sweeper, and the others go on.
     */
    void reserveAll(List<Reservation> placed) {
        if (placed.size() == 1) {
            reserve(placed.get(0));
            return;
        }
        Map<String, String> claims = new HashMap<>();
        placed.forEach(r -> claims.put(r.orderId(), newClaim()));
        List<Reservation> started = reservations.startAll(placed, claims, clock.instant());
        if (started.size() < placed.size()) {
            log.debug(
                    "{} of {} orders have a reservation already: redelivered or duplicated",
                    placed.size() - started.size(),
                    placed.size());
        }
        if (started.isEmpty()) {
            return;
        }
        Shelf shelf = ledger.look(started.stream()
                .flatMap(r -> r.lines().stream().map(Reservation.Line::productId))
                .distinct()
                .toList());
        List<Settling> settling = new ArrayList<>();
        for (Reservation r : started) {
            String claim = claims.get(r.orderId());
            try {
                reserveRemainingLines(r, claim, true, false, shelf, settling);
            } catch (ClaimLost e) {
                log.warn(e.getMessage());
                reconcileAfterLosingTheClaim(r.orderId());
            } catch (RuntimeException e) { // as after a crash: the sweeper takes it over; the batch goes on
                log.warn("Reserving order {} failed; the sweeper will finish it: {}", r.orderId(), e.toString());
            }
        }
        ledger.settle(settling); // one write for the whole batch
    }

    /** OrderCancelled, OrderRejected, OrderExpired: put back what the order holds, once. */
    void release(String orderId, String cause) {
        while (true) {
            String claim = newClaim();
            Optional<Reservation> releasing =
                    reservations.begin(orderId, Status.RELEASING, cause, claim, clock.instant());
            if (releasing.isPresent()) {
                advance(releasing.get(), claim, false, false);
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
                advance(committing.get(), claim, false, false);
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
     * with a step it took over. A dead worker may have held any line of it, so a rejection takes
     * back every hold of the order in flight. Its moves stay in flight (unsettled) while the
     * reservation is watched.
     */
    void advance(Reservation reservation, String claim) {
        advance(reservation, claim, false, true);
    }

    private void advance(Reservation reservation, String claim, boolean fresh, boolean takenOver) {
        try {
            switch (reservation.status()) {
                case RESERVING -> reserveRemainingLines(reservation, claim, fresh, takenOver, null, null);
                case RELEASING -> end(reservation, claim, takenOver, Status.RELEASED);
                case COMMITTING -> end(reservation, claim, takenOver, Status.COMMITTED);
                case RESERVED -> followRequest(reservation);
                default -> {}
            }
        } catch (ClaimLost e) {
            log.warn(e.getMessage());
            reconcileAfterLosingTheClaim(reservation.orderId()); // we may have moved units after a takeover
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
    /**
     * @param seen the products and stock as looked at for several orders at once, null: look now
     * @param settleLater where to leave the holds to settle, for the caller to settle them with others; null: settle now
     */
    private void reserveRemainingLines(
            Reservation reservation,
            String claim,
            boolean fresh,
            boolean takenOver,
            Shelf seen,
            List<Settling> settleLater) {
        Reservation current = reservation;
        List<Integer> pending = current.pendingLines();
        if (!pending.isEmpty()) {
            Reservation tried = current;
            Shelf shelf = seen != null
                    ? seen
                    : ledger.look(pending.stream()
                            .map(i -> tried.lines().get(i).productId())
                            .toList());
            for (int i : pending) {
                Reservation.Line line = current.lines().get(i);
                LineResult result = current.refused()
                        ? shelf.check(current.orderId(), line.productId(), line.quantity())
                        : ledger.hold(current.orderId(), line.productId(), line.quantity(), shelf);
                current = current.lineTried(i, result);
            }
        }
        if (current.refused() && (!fresh || !current.heldLines().isEmpty())) {
            if (!pending.isEmpty()
                    && !reservations.recordLines(current.orderId(), claim, current.lines(), clock.instant())) {
                throw new ClaimLost(current.orderId());
            }
            takeBackHolds(current, fresh); // compensation
        }
        Reservation.Outcome outcome = current.outcome(clock.instant());
        Reservation after =
                finish(current, claim, Status.RESERVING, outcome.status(), outcome.event(), current.lines());
        metrics.outcome(outcome.status(), current.placedAt(), outcome.event().occurredAt());
        if (!takenOver && after.status() == Status.RESERVED) {
            List<Settling> held = after.heldLines().stream()
                    .map(line -> new Settling(line.productId(), line.token()))
                    .toList();
            if (settleLater != null) {
                settleLater.addAll(held);
            } else {
                ledger.settle(held);
            }
        }
        followRequest(after);
    }

    /**
     * Takes back the holds of a rejected order: those this worker made ({@code fresh}: nothing else
     * can be held), or every hold of the order in flight (a dead worker may have held any line).
     */
    private void takeBackHolds(Reservation rejected, boolean fresh) {
        if (fresh) {
            for (Reservation.Line line : rejected.heldLines()) {
                ledger.undo(
                        line.productId(),
                        new Move(rejected.orderId(), line.quantity(), Move.Kind.HOLD, line.token(), clock.instant()));
            }
            return;
        }
        ledger.inFlight(rejected.orderId(), productIds(rejected)).forEach((productId, move) -> {
            if (move.kind() == Move.Kind.HOLD) {
                ledger.undo(productId, move);
            }
        });
    }

    /** Releases or sells every line of the order, writes the outcome, then settles the moves. */
    private void end(Reservation reservation, String claim, boolean takenOver, Status to) {
        List<Settling> moves = new ArrayList<>();
        for (Reservation.Line line : reservation.lines()) {
            String token = to == Status.RELEASED
                    ? ledger.release(reservation.orderId(), line.productId(), line.quantity(), line.token())
                    : ledger.commit(reservation.orderId(), line.productId(), line.quantity(), line.token());
            moves.add(new Settling(line.productId(), token));
        }
        StockEvent event =
                to == Status.RELEASED ? reservation.released(clock.instant()) : reservation.committed(clock.instant());
        finish(reservation, claim, reservation.status(), to, event, null);
        if (!takenOver) {
            ledger.settle(moves);
        }
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
     * Looks at the order's moves still in flight once its step is done (the sweeper, while it
     * watches a reservation it took over): a hold the reservation does not count (a worker presumed
     * dead made it late) is taken back; with {@code settle}, the moves it recorded are settled.
     *
     * @return how many holds were taken back
     */
    int reconcile(Reservation reservation, boolean settle) {
        if (reservation.status().inProgress() || reservation.lines().isEmpty()) {
            return 0;
        }
        Map<String, Move> inFlight = ledger.inFlight(reservation.orderId(), productIds(reservation));
        List<Settling> settled = new ArrayList<>();
        int takenBack = 0;
        for (Reservation.Line line : reservation.lines()) {
            Move move = inFlight.get(line.productId());
            if (move == null) {
                continue;
            }
            boolean counted = reservation.status() == Status.RESERVED && move.isHoldRecordedAs(line.token());
            if (move.kind() == Move.Kind.HOLD && !counted) {
                if (ledger.undo(line.productId(), move)) {
                    log.warn(
                            "Took back units of {} held late for order {}, whose reservation is {}",
                            line.productId(),
                            reservation.orderId(),
                            reservation.status());
                    takenBack++;
                }
            } else if (settle) {
                settled.add(new Settling(line.productId(), move.token()));
            }
        }
        ledger.settle(settled);
        return takenBack;
    }

    /** After losing the claim: takes back what we held late, if the one who took over is done (else the sweeper will). */
    private void reconcileAfterLosingTheClaim(String orderId) {
        try {
            reservations.find(orderId).map(Reservations.Claimed::reservation).ifPresent(now -> reconcile(now, false));
        } catch (RuntimeException e) { // the sweeper watches the reservation too
            log.warn("Could not check order {} for units moved after losing its claim: {}", orderId, e.toString());
        }
    }

    private static List<String> productIds(Reservation reservation) {
        return reservation.lines().stream().map(Reservation.Line::productId).toList();
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
