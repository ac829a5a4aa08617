package vn.ocop.fair.catalog.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.catalog.stock.events.StockLow;

class StockTest {

    static final Instant NOW = Instant.parse("2026-05-21T02:00:00Z");

    static Stock stock(long available, int lowThreshold, Move... holds) {
        long reserved = List.of(holds).stream().mapToLong(Move::quantity).sum();
        return new Stock(
                "p-1",
                "htx-lua-van-phuc",
                available + reserved + 7,
                available,
                reserved,
                7,
                lowThreshold,
                holds.length,
                List.of(holds));
    }

    @Test
    void holdingWellAboveTheThresholdIsGuardedOnlyByALowerBound() {
        StockChange change = stock(100, 10).hold("o-1", 3, "t-1", NOW);

        assertThat(change.delta().available()).isEqualTo(-3);
        assertThat(change.delta().reserved()).isEqualTo(3);
        assertThat(change.guard().availableFrom()).isEqualTo(13);
        assertThat(change.guard().availableBelow()).isEqualTo(Long.MAX_VALUE);
        assertThat(change.adds()).isEqualTo(new Move("o-1", 3, Move.Kind.HOLD, "t-1", NOW));
        assertThat(change.heldOrdersDelta()).isEqualTo(1);
        assertThat(change.raised()).isEmpty();
    }

    @Test
    void holdingAcrossTheThresholdRaisesStockLowGuardedByTheExactCount() {
        StockChange change = stock(11, 10).hold("o-1", 3, "t-1", NOW);

        assertThat(change.guard().availableFrom()).isEqualTo(11);
        assertThat(change.guard().availableBelow()).isEqualTo(12);
        assertThat(change.guard().threshold()).isEqualTo(10);
        assertThat(change.raised()).singleElement().isEqualTo(new StockLow("p-1", "htx-lua-van-phuc", 8, 10, NOW));
    }

    @Test
    void holdingBelowTheThresholdRaisesNothingMore() {
        StockChange change = stock(6, 10).hold("o-1", 2, "t-1", NOW);

        assertThat(change.raised()).isEmpty();
        assertThat(change.guard().availableFrom()).isEqualTo(2);
        assertThat(change.guard().availableBelow()).isEqualTo(10);
    }

    @Test
    void withoutAThresholdNothingIsEverLow() {
        assertThat(stock(3, 0).hold("o-1", 3, "t-1", NOW).raised()).isEmpty();
    }

    @Test
    void refusesToHoldMoreThanIsOnSaleOrTwiceForAnOrder() {
        Stock stock = stock(2, 0, held("o-1", 1));

        assertThatThrownBy(() -> stock.hold("o-2", 3, "t-1", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stock.hold("o-1", 1, "t-1", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void releasingOrSellingMovesExactlyTheHeldUnitsAndRecordsTheMoveInFlight() {
        StockChange release = Stock.releasing("p-1", "o-1", 2, "t-2", NOW);
        StockChange sale = Stock.selling("p-1", "o-1", 2, "t-3", NOW);

        assertThat(release.delta().available()).isEqualTo(2);
        assertThat(release.delta().reserved()).isEqualTo(-2);
        assertThat(release.adds()).isEqualTo(new Move("o-1", 2, Move.Kind.RELEASE, "t-2", NOW));
        assertThat(release.heldOrdersDelta()).isEqualTo(-1);
        assertThat(sale.delta().reserved()).isEqualTo(-2);
        assertThat(sale.delta().sold()).isEqualTo(2);
        assertThat(sale.delta().available()).isZero();
        assertThat(sale.heldOrdersDelta()).isEqualTo(-1);
    }

    @Test
    void undoingAHoldInFlightPutsItsUnitsBackAndTakesExactlyThatMoveOff() {
        Move hold = held("o-1", 2);

        StockChange undo = Stock.undoing("p-1", hold);

        assertThat(undo.delta().available()).isEqualTo(2);
        assertThat(undo.delta().reserved()).isEqualTo(-2);
        assertThat(undo.removes()).isEqualTo(hold);
        assertThat(undo.adds()).isNull();
        assertThat(undo.heldOrdersDelta()).isEqualTo(-1);
        assertThatThrownBy(() -> Stock.undoing("p-1", new Move("o-1", 2, Move.Kind.SELL, "t-9", NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHoldCountsForTheReservationThatRecordedItsToken() {
        Move hold = held("o-1", 2);

        assertThat(hold.isHoldRecordedAs("t-1")).isTrue();
        assertThat(hold.isHoldRecordedAs("t-other")).isFalse();
        assertThat(hold.isHoldRecordedAs(null)).isFalse();
        assertThat(new Move("o-1", 2, Move.Kind.HOLD, Move.BEFORE_TOKENS, NOW).isHoldRecordedAs(null))
                .isTrue();
    }

    static Move held(String orderId, int quantity) {
        return new Move(orderId, quantity, Move.Kind.HOLD, "t-1", NOW);
    }

    @Test
    void receivingAddsToReceivedAndOnSaleWithItsReason() {
        StockChange change = stock(0, 5).adjust(120, "Nhập lô hàng tháng 5", "bantochuc", NOW);

        assertThat(change.delta().received()).isEqualTo(120);
        assertThat(change.delta().available()).isEqualTo(120);
        assertThat(change.adjustment()).isEqualTo(new Adjustment(120, "Nhập lô hàng tháng 5", "bantochuc", NOW));
    }

    @Test
    void writingOffTakesOnlyUnitsOnSaleAndMayMakeTheStockLow() {
        Stock stock = stock(12, 10, held("o-1", 4));

        StockChange change = stock.adjust(-5, "Hỏng khi vận chuyển", "bantochuc", NOW);

        assertThat(change.delta().received()).isEqualTo(-5);
        assertThat(change.delta().available()).isEqualTo(-5);
        assertThat(change.raised()).singleElement().isInstanceOf(StockLow.class);
        assertThatThrownBy(() -> stock.adjust(-13, "Kiểm kê", "bantochuc", NOW))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessageContaining("only 12 are on sale");
    }

    @Test
    void aChangeThatDoesNotBalanceOrOversellsCannotExist() {
        assertThatThrownBy(() -> new StockChange.Counts(0, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> StockChange.of(
                        "p-1", new StockChange.Counts(0, -3, 3, 0), new StockChange.Guard(2, Long.MAX_VALUE, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below zero");
    }

    @Test
    void anAdjustmentChangesTheStock() {
        assertThatThrownBy(() -> stock(1, 0).adjust(0, "x", "y", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
