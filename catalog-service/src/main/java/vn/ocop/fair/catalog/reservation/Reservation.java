package vn.ocop.fair.catalog.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.ocop.fair.catalog.stock.events.StockCommitted;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.catalog.stock.events.StockLine;
import vn.ocop.fair.catalog.stock.events.StockReleased;
import vn.ocop.fair.catalog.stock.events.StockReservationRejected;
import vn.ocop.fair.catalog.stock.events.StockReserved;

/**
 * The reservation of one order's stock: the saga log. Lines are tried in order and each result is
 * recorded as it happens; once a line is refused the rest are only checked (not held), the held
 * ones are put back, and the order is rejected with a reason per refused line: all lines or none.
 * A reserved order is later released or committed, each exactly once.
 *
 * @param requested what the order asked for while its reservation was still in progress (an order
 *     can end before catalog finished reserving it, e.g. after a crash): done right after
 * @param releaseCause what ended the order, for a release
 */
record Reservation(
        String orderId, Status status, List<Line> lines, Instant placedAt, Requested requested, String releaseCause) {

    enum Status {
        RESERVING,
        RESERVED,
        REJECTED,
        RELEASING,
        RELEASED,
        COMMITTING,
        COMMITTED;

        /** A step that is under way: a crash here leaves it for the sweeper. */
        boolean inProgress() {
            return this == RESERVING || this == RELEASING || this == COMMITTING;
        }

        /** An end that holds no units: any unit still held for the order is a straggler's, to put back. */
        boolean holdsNothing() {
            return this == REJECTED || this == RELEASED || this == COMMITTED;
        }
    }

    enum LineState {
        PENDING,
        HELD,
        REFUSED,
        /** Not held because another line was refused; it would have fitted. */
        NOT_TRIED
    }

    enum Requested {
        RELEASE,
        COMMIT
    }

    /** @param token the token of the line's hold (stock {@code Move}) once held; null before, or for a hold recorded before tokens */
    record Line(String productId, int quantity, LineState state, Refusal refusal, long available, String token) {

        Line tried(LineResult result) {
            return new Line(productId, quantity, result.state(), result.refusal(), result.available(), result.token());
        }
    }

    Reservation {
        lines = List.copyOf(lines);
    }

    /** A placed order's reservation, before any line is tried; lines of the same product are merged. */
    static Reservation placed(String orderId, List<StockLine> ordered, Instant placedAt) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (StockLine line : ordered) {
            if (line.quantity() <= 0) {
                throw new IllegalArgumentException("line of " + line.productId() + " orders " + line.quantity());
            }
            quantities.merge(line.productId(), line.quantity(), Integer::sum);
        }
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException("an order has lines");
        }
        List<Line> lines = new ArrayList<>();
        quantities.forEach((product, q) -> lines.add(new Line(product, q, LineState.PENDING, null, 0, null)));
        return new Reservation(orderId, Status.RESERVING, lines, placedAt, null, null);
    }

    /** The first line not tried yet. */
    Optional<Integer> nextPending() {
        return pendingLines().stream().findFirst();
    }

    /** The lines not tried yet, in order. */
    List<Integer> pendingLines() {
        requireStatus(Status.RESERVING);
        return IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).state() == LineState.PENDING)
                .boxed()
                .toList();
    }

    /** The lines whose units are held for the order. */
    List<Line> heldLines() {
        return lines.stream().filter(l -> l.state() == LineState.HELD).toList();
    }

    /** Whether a line was refused: from then on lines are only checked, and the order will be rejected. */
    boolean refused() {
        return lines.stream().anyMatch(l -> l.state() == LineState.REFUSED);
    }

    Reservation lineTried(int index, LineResult result) {
        requireStatus(Status.RESERVING);
        if (lines.get(index).state() != LineState.PENDING) {
            throw new IllegalStateException("line " + index + " of " + orderId + " was tried already");
        }
        if (result.state() == LineState.HELD && refused()) {
            throw new IllegalStateException("no line is held once another was refused");
        }
        List<Line> tried = new ArrayList<>(lines);
        tried.set(index, lines.get(index).tried(result));
        return new Reservation(orderId, status, tried, placedAt, requested, releaseCause);
    }

    /** The outcome once every line was tried: reserved if every line is held, rejected otherwise. */
    Outcome outcome(Instant now) {
        if (nextPending().isPresent()) {
            throw new IllegalStateException("lines of " + orderId + " are still to be tried");
        }
        if (!refused()) {
            return new Outcome(Status.RESERVED, new StockReserved(orderId, stockLines(), now));
        }
        List<StockReservationRejected.RejectedLine> rejected = lines.stream()
                .filter(l -> l.state() == LineState.REFUSED)
                .map(l -> new StockReservationRejected.RejectedLine(
                        l.productId(), l.quantity(), l.refusal().name(), l.available()))
                .toList();
        return new Outcome(Status.REJECTED, new StockReservationRejected(orderId, rejected, now));
    }

    record Outcome(Status status, StockEvent event) {}

    StockEvent released(Instant now) {
        requireStatus(Status.RELEASING);
        return new StockReleased(orderId, stockLines(), releaseCause, now);
    }

    StockEvent committed(Instant now) {
        requireStatus(Status.COMMITTING);
        return new StockCommitted(orderId, stockLines(), now);
    }

    private List<StockLine> stockLines() {
        return lines.stream()
                .map(l -> new StockLine(l.productId(), l.quantity()))
                .toList();
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("reservation of " + orderId + " is " + status + ", not " + expected);
        }
    }
}
