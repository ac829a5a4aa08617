package vn.ocop.fair.catalog.reservation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Stock;

/**
 * A rush on a product at a fair: 2,000 orders at once over the real broker, for a product with 100
 * units (1–3 units each; some also take units of two plentiful products). Exactly the orders that
 * fit are reserved, nothing is oversold, and each order gets one outcome event.
 */
@CatalogIntegrationTest
class ReservationConcurrencyTest {

    static final int ORDERS = 2_000;
    static final int SCARCE_UNITS = 100;

    @Autowired
    CatalogApi api;

    @Autowired
    SagaProbe probe;

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    JsonMapper json;

    @Test
    void twoThousandConcurrentOrdersReserveExactlyTheHundredUnitsThereAre() throws Exception {
        StockedProducts products = new StockedProducts(api);
        String scarce = products.listed("htx-lua-van-phuc", "Khăn lụa Vạn Phúc phiên bản giới hạn", SCARCE_UNITS);
        String tea = products.listed("htx-che-ba-vi", "Chè xanh Ba Vì", 100_000);
        String incense = products.listed("htx-huong-quang-phu-cau", "Hương nụ Quảng Phú Cầu", 100_000);
        Map<String, Map<String, Integer>> orders = orders(new Random(20260521), scarce, tea, incense);

        long start = System.nanoTime();
        orders.forEach((id, lines) -> OrderEvents.placed(id, lines).send(null));
        OrderEvents.producer().flush();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> decided(scarce) == ORDERS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "[ocop-test] %d concurrent OrderPlaced over the broker: all outcomes written in %.1f s = %.0f reservations/s%n",
                ORDERS,
                seconds,
                ORDERS / seconds);

        Map<String, Status> outcome = new HashMap<>();
        orders.keySet().forEach(id -> outcome.put(id, probe.reservation(id).status()));
        Set<String> reserved = outcome.entrySet().stream()
                .filter(e -> e.getValue() == Status.RESERVED)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Stock scarceAfter = probe.stock(scarce);
        long scarceReserved = reserved.stream()
                .mapToLong(id -> orders.get(id).getOrDefault(scarce, 0))
                .sum();
        assertThat(outcome.values()).containsOnly(Status.RESERVED, Status.REJECTED);
        assertThat(scarceAfter.reserved()).isEqualTo(scarceReserved);
        assertThat(scarceAfter.available()).isEqualTo(SCARCE_UNITS - scarceReserved);
        assertThat(scarceAfter.heldOrders())
                .isEqualTo(reserved.stream()
                        .filter(id -> orders.get(id).containsKey(scarce))
                        .count());
        for (String plentiful : List.of(tea, incense)) {
            assertThat(probe.stock(plentiful).reserved())
                    .as("rejected orders put their plentiful lines back")
                    .isEqualTo(reserved.stream()
                            .mapToLong(id -> orders.get(id).getOrDefault(plentiful, 0))
                            .sum());
        }

        List<ConsumerRecord<String, byte[]>> events =
                StockTopic.read(orders.keySet(), seen -> seen.size() >= ORDERS, Duration.ofSeconds(60));
        assertThat(events).hasSize(ORDERS);
        assertThat(events.stream().map(ConsumerRecord::key).distinct()).hasSize(ORDERS);
        assertThat(StockTopic.types(events).stream().filter("StockReserved"::equals))
                .hasSize(reserved.size());
        long smallestRejected = Long.MAX_VALUE;
        for (ConsumerRecord<String, byte[]> event : events) {
            JsonNode body = json.readTree(new String(event.value(), UTF_8));
            if (!reserved.contains(event.key())) {
                JsonNode refused = body.get("lines");
                assertThat(refused).hasSize(1);
                assertThat(refused.get(0).get("productId").asString()).isEqualTo(scarce);
                assertThat(refused.get(0).get("reason").asString()).isEqualTo("OUT_OF_STOCK");
                assertThat(refused.get(0).get("available").asLong())
                        .as("refused only when it did not fit")
                        .isLessThan(refused.get(0).get("quantity").asLong());
                smallestRejected = Math.min(
                        smallestRejected, refused.get(0).get("quantity").asLong());
            }
        }
        assertThat(scarceAfter.available())
                .as("no rejected order would fit in what is left")
                .isLessThan(smallestRejected);
        System.out.printf(
                Locale.ROOT,
                "[ocop-test] %d orders reserved (%d units of the scarce product), %d rejected; %d units left%n",
                reserved.size(),
                scarceReserved,
                ORDERS - reserved.size(),
                scarceAfter.available());
    }

    /** Orders of 1–3 units of the scarce product; one in four also takes the plentiful ones. */
    private static Map<String, Map<String, Integer>> orders(Random random, String scarce, String tea, String incense) {
        Map<String, Map<String, Integer>> orders = new LinkedHashMap<>();
        for (int i = 0; i < ORDERS; i++) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            int kind = random.nextInt(8);
            if (kind == 0) {
                lines.put(
                        tea, 1 + random.nextInt(3)); // the scarce line comes second: its refusal compensates the first
            }
            lines.put(scarce, 1 + random.nextInt(3));
            if (kind == 1) {
                lines.put(tea, 1 + random.nextInt(3));
                lines.put(incense, 1 + random.nextInt(3));
            }
            orders.put(UUID.randomUUID().toString(), lines);
        }
        return orders;
    }

    /** Orders for the scarce product (every order of this test) with an outcome; one cheap scan. */
    private long decided(String scarce) {
        return catalogDatabase
                .getCollection("reservations")
                .countDocuments(Filters.and(
                        Filters.eq("lines.productId", scarce),
                        Filters.in("status", Status.RESERVED.name(), Status.REJECTED.name())));
    }
}
