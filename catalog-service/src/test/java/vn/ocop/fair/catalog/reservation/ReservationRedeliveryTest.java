package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.catalog.reservation.ReservationSagaTest.lines;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Stock;

/** At-least-once delivery: every order event catalog reads, delivered twice, changes stock once and says so once. */
@CatalogIntegrationTest
class ReservationRedeliveryTest {

    static final int PARTITION = 0; // one partition: the order of delivery is the order of sending

    @Autowired
    CatalogApi api;

    @Autowired
    Reservations reservations;

    @Autowired
    SagaProbe probe;

    @Test
    void everyOrderEventHandledTwiceLeavesTheSameStateAndOneEventPerOutcome() throws Exception {
        StockedProducts products = new StockedProducts(api);
        String tea = products.listed("htx-che-ba-vi", "Chè Shan tuyết Ba Vì", 10);
        String silk = products.listed("htx-lua-van-phuc", "Lụa tơ tằm Vạn Phúc", 1);
        String fulfilled = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        String expired = UUID.randomUUID().toString();
        String rejected = UUID.randomUUID().toString();
        List<OrderEvents.Event> history = List.of(
                OrderEvents.placed(fulfilled, lines(tea, 2)),
                OrderEvents.placed(cancelled, lines(tea, 1, silk, 1)),
                OrderEvents.placed(expired, lines(tea, 3)),
                OrderEvents.placed(rejected, lines(tea, 1, silk, 5)),
                OrderEvents.ended("OrderFulfilled", fulfilled),
                OrderEvents.ended("OrderCancelled", cancelled),
                OrderEvents.ended("OrderExpired", expired),
                OrderEvents.ended("OrderRejected", rejected));

        for (OrderEvents.Event event : history) { // each one redelivered right away
            event.sendAndWait(PARTITION);
            event.sendAndWait(PARTITION);
        }
        awaitHandled(probe);
        Map<String, Status> firstTime = statuses(fulfilled, cancelled, expired, rejected);
        Stock teaFirst = probe.stock(tea);
        Stock silkFirst = probe.stock(silk);

        for (OrderEvents.Event event : history) { // the whole history redelivered, e.g. after an offset reset
            event.sendAndWait(PARTITION);
        }
        awaitHandled(probe);

        assertThat(firstTime)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        fulfilled, Status.COMMITTED,
                        cancelled, Status.RELEASED,
                        expired, Status.RELEASED,
                        rejected, Status.REJECTED));
        assertThat(statuses(fulfilled, cancelled, expired, rejected)).isEqualTo(firstTime);
        assertThat(probe.stock(tea)).isEqualTo(teaFirst);
        assertThat(probe.stock(silk)).isEqualTo(silkFirst);
        assertThat(teaFirst.sold()).isEqualTo(2);
        assertThat(teaFirst.available()).isEqualTo(8);
        assertThat(teaFirst.reserved()).isZero();
        assertThat(silkFirst.available()).isEqualTo(1);

        Set<String> orders = Set.of(fulfilled, cancelled, expired, rejected);
        List<ConsumerRecord<String, byte[]>> published =
                StockTopic.read(orders, seen -> seen.size() >= 7, Duration.ofSeconds(30));
        Map<String, List<String>> byOrder = published.stream()
                .collect(Collectors.groupingBy(
                        ConsumerRecord::key,
                        Collectors.mapping(r -> StockTopic.types(List.of(r)).get(0), Collectors.toList())));
        assertThat(byOrder)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        fulfilled, List.of("StockReserved", "StockCommitted"),
                        cancelled, List.of("StockReserved", "StockReleased"),
                        expired, List.of("StockReserved", "StockReleased"),
                        rejected, List.of("StockReservationRejected")));
    }

    /** A marker order sent last on the same partition: once it is reserved, everything before it was handled. */
    private static void awaitHandled(SagaProbe probe) {
        String marker = UUID.randomUUID().toString();
        OrderEvents.placed(marker, Map.of("no-such-product", 1)).sendAndWait(PARTITION);
        probe.awaitStatus(marker, Status.REJECTED);
    }

    private Map<String, Status> statuses(String... orders) {
        return List.of(orders).stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        o -> reservations.find(o).orElseThrow().reservation().status()));
    }
}
