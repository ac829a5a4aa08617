package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.fair.catalog.reservation.ReservationSagaTest.lines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.reservation.Reservation.LineState;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockHolds;
import vn.ocop.fair.catalog.stock.events.StockLine;

/**
 * The saga dies at each step where a crash hurts (between two lines; after holding but before
 * writing the outcome) and the sweeper, finding the step abandoned, finishes or compensates it: no
 * unit leaked, none oversold, one outcome event. The log of a reservation under way says nothing
 * of its lines until the outcome (or, for a rejection, until its held units are put back): the
 * stock itself records what is held.
 */
@CatalogIntegrationTest
class ReservationCrashRecoveryTest extends TeaAndSilkOrders {

    @Autowired
    Reservations reservations;

    @Autowired
    StockHolds holds;

    @Autowired
    CrashingStockLedger crashes;

    @Test
    void finishesAReservationWhoseWorkerDiedBetweenTwoLines() {
        String order = abandonedBeforeHoldingSilk(2, 1);

        assertThat(probe.stock(tea).moveOf(order)).as("held, in flight").isPresent();
        probe.awaitStatus(order, Status.RESERVED);
        assertThat(probe.stock(tea).reserved()).isEqualTo(2);
        assertThat(probe.stock(silk).reserved()).isEqualTo(1);
        assertThat(outcomes(order, 1)).containsExactly("StockReserved");
    }

    @Test
    void compensatesAReservationWhoseWorkerDiedBetweenTwoLinesWhenTheNextLineCannotBeServed() {
        String order = abandonedBeforeHoldingSilk(4, 2);

        probe.awaitStatus(order, Status.REJECTED);
        Stock teaAfter = probe.stock(tea);
        assertThat(teaAfter.available()).as("the held line was put back").isEqualTo(10);
        assertThat(teaAfter.pending()).isEmpty();
        assertThat(probe.stock(silk).available()).isEqualTo(1);
        assertThat(outcomes(order, 1)).containsExactly("StockReservationRejected");
    }

    @Test
    void finishesAReservationWhoseWorkerDiedAfterHoldingButBeforeWritingItDown() {
        String order = UUID.randomUUID().toString();
        crashes.crashAfterHolding(order, silk);

        OrderEvents.placed(order, lines(tea, 2, silk, 1)).sendAndWait(null);

        awaitAbandonedWith(order, LineState.PENDING, LineState.PENDING);
        assertThat(probe.stock(silk).moveOf(order))
                .as("held, but the log does not say so")
                .isPresent();
        Reservation reserved = probe.awaitStatus(order, Status.RESERVED);
        assertThat(reserved.lines()).extracting(Reservation.Line::state).containsOnly(LineState.HELD);
        assertThat(probe.stock(silk).reserved()).as("held once, not twice").isEqualTo(1);
        assertThat(probe.stock(silk).available()).isZero();
        assertThat(outcomes(order, 1)).containsExactly("StockReserved");
    }

    @Test
    void writesTheOutcomeOfAReservationWhoseWorkerDiedJustBeforeWritingIt() {
        String order = UUID.randomUUID().toString();
        Reservation placed = Reservation.placed(order, List.of(new StockLine(tea, 2)), Instant.now());
        reservations.start(placed, "dead-worker", Instant.now()); // what the worker did before dying
        holds.hold(tea, order, 2);

        probe.awaitStatus(order, Status.RESERVED);
        assertThat(probe.stock(tea).reserved()).isEqualTo(2);
        assertThat(outcomes(order, 1)).containsExactly("StockReserved");
    }

    @Test
    void finishesAReleaseWhoseWorkerDiedHalfway() {
        String order = UUID.randomUUID().toString();
        OrderEvents.placed(order, lines(tea, 2, silk, 1)).sendAndWait(null);
        probe.awaitStatus(order, Status.RESERVED);
        reservations.begin(order, Status.RELEASING, "ORDER_EXPIRED", "dead-worker", Instant.now());
        holds.release(
                tea,
                order,
                2,
                probe.reservation(order).lines().get(0).token()); // the first line went back, then the worker died

        awaitReleasedWithEveryUnitBack(order);
    }

    @Test
    void releasesAnOrderThatWasCancelledWhileItsReservationLayAbandoned() {
        String order = UUID.randomUUID().toString();
        crashes.crashBeforeHolding(order, silk);
        OrderEvents.placed(order, lines(tea, 3, silk, 1)).sendAndWait(0);
        awaitAbandonedWith(order, LineState.PENDING, LineState.PENDING);

        OrderEvents.ended("OrderCancelled", order).sendAndWait(0);

        awaitReleasedWithEveryUnitBack(order);
    }

    @Test
    void putsBackUnitsHeldForAnOrderWhoseReservationEndedWithoutThem() {
        String order = UUID.randomUUID().toString();
        Reservation placed = Reservation.placed(
                order, List.of(new StockLine(tea, 1), new StockLine("no-such-product", 1)), Instant.now());
        reservations.start(placed, "stalled-worker", Instant.now()); // its worker stalls; the sweeper takes over
        probe.awaitStatus(order, Status.REJECTED);
        assertThat(probe.stock(tea).available()).isEqualTo(10);

        holds.hold(tea, order, 3); // the worker presumed dead wakes up and holds a line after the order was rejected
        assertThat(probe.stock(tea).available()).isEqualTo(7);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(probe.stock(tea).moveOf(order)).isEmpty());
        assertThat(probe.stock(tea).available()).isEqualTo(10);
    }

    /**
     * A new order of tea and silk whose worker died after holding the tea, before holding the silk:
     * its reservation lies abandoned, both lines pending in the log.
     */
    private String abandonedBeforeHoldingSilk(int teaQuantity, int silkQuantity) {
        String order = UUID.randomUUID().toString();
        crashes.crashBeforeHolding(order, silk);
        OrderEvents.placed(order, lines(tea, teaQuantity, silk, silkQuantity)).sendAndWait(null);
        awaitAbandonedWith(order, LineState.PENDING, LineState.PENDING);
        return order;
    }

    /** The order's reservation ends released, every unit back on sale; its reservation and release were published. */
    private void awaitReleasedWithEveryUnitBack(String order) {
        probe.awaitStatus(order, Status.RELEASED);
        assertThat(probe.stock(tea).available()).isEqualTo(10);
        assertThat(probe.stock(silk).available()).isEqualTo(1);
        assertThat(outcomes(order, 2)).containsExactly("StockReserved", "StockReleased");
    }

    private void awaitAbandonedWith(String order, LineState... states) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reservations
                        .find(order)
                        .map(c -> c.reservation().status() == Status.RESERVING
                                && c.reservation().lines().stream()
                                        .map(Reservation.Line::state)
                                        .toList()
                                        .equals(List.of(states)))
                        .orElse(false));
    }

    /** The events published about the order, once {@code expected} of them arrived (and any duplicate would have). */
    private static List<String> outcomes(String order, int expected) {
        return StockTopic.types(
                StockTopic.read(Set.of(order), seen -> seen.size() >= expected, Duration.ofSeconds(30)));
    }
}
