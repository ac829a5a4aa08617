package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.catalog.mongo.Migrations;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.HoldResult;
import vn.ocop.fair.catalog.stock.Move;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockHolds;
import vn.ocop.fair.catalog.stock.events.StockLine;

/**
 * A product's stock records only the moves in flight (holds, releases, sales not yet recorded by
 * their reservation), so its document stays small however many orders hold its units, while a move
 * repeated by a worker presumed dead still happens once.
 */
@CatalogIntegrationTest
class StockMovesTest {

    @Autowired
    CatalogApi api;

    @Autowired
    ReservationSaga saga;

    @Autowired
    Reservations reservations;

    @Autowired
    ReservationRecovery recovery;

    @Autowired
    StockHolds holds;

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    HoldsInFlightMigration migration;

    @Autowired
    Migrations migrations;

    @Autowired
    SagaProbe probe;

    String tea;

    @BeforeEach
    void aListedProduct() throws Exception {
        tea = new StockedProducts(api).listed("htx-che-ba-vi", "Chè xanh Ba Vì", 1_000);
    }

    @Test
    void keepsAProductsStockDocumentSmallHoweverManyOrdersHoldItsUnits() {
        int sizeBefore = stockDocument().toJson().length();

        for (int i = 0; i < 300; i++) {
            reserve(UUID.randomUUID().toString(), 2);
        }

        Stock after = probe.stock(tea);
        assertThat(after.reserved()).isEqualTo(600);
        assertThat(after.heldOrders()).isEqualTo(300);
        assertThat(after.pending()).as("every hold settled").isEmpty();
        assertThat(stockDocument().toJson().length())
                .as("the document does not grow with the orders holding units")
                .isLessThan(sizeBefore + 200);
    }

    @Test
    void aWorkerPresumedDeadThatHoldsAgainAfterTheTakeoverHoldsNothingTwice() {
        String order = takenOverAndReserved(3);
        String recorded = probe.reservation(order).lines().get(0).token();

        HoldResult late = holds.hold(tea, order, 3); // the stalled worker wakes up and holds its line

        assertThat(late.held()).isTrue();
        assertThat(late.token()).as("it finds the hold in flight").isEqualTo(recorded);
        assertThat(probe.stock(tea).reserved()).isEqualTo(3);
        assertThat(probe.stock(tea).heldOrders()).isEqualTo(1);
    }

    @Test
    void settlesTheMovesOfATakenOverReservationWhenItStopsWatchingIt() {
        String order = takenOverAndReserved(2);
        assertThat(probe.stock(tea).moveOf(order)).as("in flight while watched").isPresent();

        recovery.putBackStragglers(Instant.now().plus(Duration.ofMinutes(11)));

        assertThat(probe.stock(tea).moveOf(order)).isEmpty();
        assertThat(probe.stock(tea).reserved()).isEqualTo(2);
        assertThat(reservations.takenOver(ReservationRecovery.BATCH))
                .extracting(t -> t.reservation().orderId())
                .doesNotContain(order);
    }

    @Test
    void releasingTakesBackALateHoldTheReservationDoesNotCountBeforePuttingBackItsOwn() {
        String order = UUID.randomUUID().toString();
        reserve(order, 2);
        holds.hold(tea, order, 5); // a late hold with a token of its own: not the one the reservation records
        assertThat(probe.stock(tea).reserved()).isEqualTo(7);

        saga.release(order, "ORDER_CANCELLED");

        Stock after = probe.awaitSettled(tea, order);
        assertThat(after.reserved()).isZero();
        assertThat(after.available()).isEqualTo(1_000);
        assertThat(after.heldOrders()).isZero();
    }

    @Test
    void sellsAReservedOrderOnceWhenTheSaleIsRepeated() {
        String order = UUID.randomUUID().toString();
        reserve(order, 4);
        String token = probe.reservation(order).lines().get(0).token();

        String sale = holds.sell(tea, order, 4, token);
        String repeated = holds.sell(tea, order, 4, token); // in flight still: the same sale

        assertThat(repeated).isEqualTo(sale);
        assertThat(probe.stock(tea).sold()).isEqualTo(4);
        assertThat(probe.stock(tea).reserved()).isZero();
    }

    @Test
    void migratesTheHoldsOfStockWrittenBeforeMovesWereSettled() {
        String reserving = UUID.randomUUID().toString();
        String reserved = UUID.randomUUID().toString();
        reservations.start(
                Reservation.placed(reserving, List.of(new StockLine(tea, 1)), Instant.now()), "w", Instant.now());
        reserve(reserved, 2);
        Date at = new Date();
        stock().updateOne(
                        Filters.eq("_id", tea),
                        new Document(
                                "$set",
                                new Document(
                                                "holds",
                                                List.of(
                                                        new Document("order", reserving)
                                                                .append("quantity", 1)
                                                                .append("at", at),
                                                        new Document("order", reserved)
                                                                .append("quantity", 2)
                                                                .append("at", at)))
                                        .append("heldOrders", 0L)));
        catalogDatabase.getCollection("migrations").deleteOne(Filters.eq("_id", "stock.holds-in-flight"));

        migrations.once(migration);

        Document migrated = stockDocument();
        assertThat(migrated.containsKey("holds")).isFalse();
        assertThat(migrated.get("heldOrders", Number.class).longValue()).isEqualTo(2);
        assertThat(probe.stock(tea).pending())
                .as("only the order still being reserved keeps its hold in flight")
                .containsExactly(new Move(reserving, 1, Move.Kind.HOLD, Move.BEFORE_TOKENS, at.toInstant()));
    }

    private String takenOverAndReserved(int quantity) {
        String order = UUID.randomUUID().toString();
        Reservation placed = Reservation.placed(order, List.of(new StockLine(tea, quantity)), Instant.now());
        reservations.start(placed, "stalled-worker", Instant.now()); // its worker stalls; the sweeper takes over
        probe.awaitStatus(order, Status.RESERVED);
        return order;
    }

    private void reserve(String orderId, int quantity) {
        saga.reserve(Reservation.placed(orderId, List.of(new StockLine(tea, quantity)), Instant.now()));
    }

    private MongoCollection<Document> stock() {
        return catalogDatabase.getCollection("stock");
    }

    private Document stockDocument() {
        return stock().find(Filters.eq("_id", tea)).first();
    }
}
