package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.catalog.reservation.Reservation.LineState;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.events.StockLine;
import vn.ocop.fair.catalog.stock.events.StockReservationRejected;
import vn.ocop.fair.catalog.stock.events.StockReserved;

class ReservationTest {

    static final Instant PLACED = Instant.parse("2026-05-21T02:00:00Z");
    static final Instant NOW = PLACED.plusMillis(40);

    static Reservation placed(StockLine... lines) {
        return Reservation.placed("o-1", List.of(lines), PLACED);
    }

    @Test
    void mergesLinesOfTheSameProductKeepingTheirOrder() {
        Reservation r = placed(new StockLine("tea", 1), new StockLine("silk", 2), new StockLine("tea", 2));

        assertThat(r.lines())
                .extracting(Reservation.Line::productId, Reservation.Line::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tea", 3), org.assertj.core.groups.Tuple.tuple("silk", 2));
        assertThat(r.status()).isEqualTo(Status.RESERVING);
        assertThat(r.nextPending()).contains(0);
    }

    @Test
    void isReservedWhenEveryLineIsHeld() {
        Reservation r = placed(new StockLine("tea", 1), new StockLine("silk", 2))
                .lineTried(0, LineResult.held("t-1"))
                .lineTried(1, LineResult.held("t-1"));

        Reservation.Outcome outcome = r.outcome(NOW);

        assertThat(outcome.status()).isEqualTo(Status.RESERVED);
        assertThat(outcome.event())
                .isEqualTo(new StockReserved("o-1", List.of(new StockLine("tea", 1), new StockLine("silk", 2)), NOW));
    }

    @Test
    void isRejectedWithAReasonForEachRefusedLine() {
        Reservation r = placed(new StockLine("tea", 1), new StockLine("silk", 2), new StockLine("gone", 1))
                .lineTried(0, LineResult.held("t-1"))
                .lineTried(1, LineResult.refused(Refusal.OUT_OF_STOCK, 1))
                .lineTried(2, LineResult.refused(Refusal.UNKNOWN_PRODUCT, 0));

        Reservation.Outcome outcome = r.outcome(NOW);

        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(((StockReservationRejected) outcome.event()).lines())
                .containsExactly(
                        new StockReservationRejected.RejectedLine("silk", 2, "OUT_OF_STOCK", 1),
                        new StockReservationRejected.RejectedLine("gone", 1, "UNKNOWN_PRODUCT", 0));
    }

    @Test
    void holdsNothingMoreOnceALineWasRefused() {
        Reservation r = placed(new StockLine("tea", 1), new StockLine("silk", 2))
                .lineTried(0, LineResult.refused(Refusal.DELISTED, 0));

        assertThat(r.refused()).isTrue();
        assertThatThrownBy(() -> r.lineTried(1, LineResult.held("t-1"))).isInstanceOf(IllegalStateException.class);
        assertThat(r.lineTried(1, LineResult.wouldFit()).lines().get(1).state()).isEqualTo(LineState.NOT_TRIED);
    }

    @Test
    void triesEachLineOnceAndDecidesOnlyWhenAllWereTried() {
        Reservation r =
                placed(new StockLine("tea", 1), new StockLine("silk", 2)).lineTried(0, LineResult.held("t-1"));

        assertThatThrownBy(() -> r.lineTried(0, LineResult.held("t-1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> r.outcome(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnOrderWithoutLinesOrWithAnEmptyLine() {
        assertThatThrownBy(() -> placed()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> placed(new StockLine("tea", 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
