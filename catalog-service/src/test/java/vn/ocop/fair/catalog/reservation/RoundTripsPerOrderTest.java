package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.catalog.stock.events.StockLine;
import vn.ocop.fair.testsupport.MongoCommands;

/**
 * The database round trips of each step catalog takes for one order, counted on the wire (the
 * commands the saga sends from its thread; the outbox relay's own reads and writes, and its one
 * send per outcome event, come on top). Printed as a table for the README, and held to it.
 */
@CatalogIntegrationTest
class RoundTripsPerOrderTest {

    @Autowired
    CatalogApi api;

    @Autowired
    ReservationSaga saga;

    List<String> products;
    String scarce;
    final List<String> table = new ArrayList<>();
    final Map<String, Integer> counted = new LinkedHashMap<>();

    @BeforeEach
    void listedProducts() throws Exception {
        StockedProducts stocked = new StockedProducts(api);
        products = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            products.add(stocked.listed("htx-che-ba-vi", "Chè xanh Ba Vì " + i, 10_000));
        }
        scarce = stocked.listed("htx-lua-van-phuc", "Khăn lụa Vạn Phúc", 1);
    }

    @Test
    void reservesReleasesAndSellsWithAConstantNumberOfRoundTripsPerLine() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int n = 1; n <= 3; n++) {
            List<String> lines = products.subList(0, n);
            String reserved = UUID.randomUUID().toString();
            count("reserve, reserved, " + n + " line(s)", n + 5, expected, () -> reserve(reserved, lines));
            count("release, " + n + " line(s)", n + 3, expected, () -> saga.release(reserved, "ORDER_CANCELLED"));
            String sold = UUID.randomUUID().toString();
            reserve(sold, lines);
            count("commit, " + n + " line(s)", n + 3, expected, () -> saga.commit(sold));
        }
        String outOfStock = UUID.randomUUID().toString();
        count("reserve, rejected, 1 line out of stock", 4, expected, () -> reserve(outOfStock, List.of(scarce)));
        String secondRefused = UUID.randomUUID().toString();
        count(
                "reserve, rejected at line 2 of 2 (line 1 put back)",
                7,
                expected,
                () -> reserve(secondRefused, List.of(products.get(0), "no-such-product")));
        count("OrderPlaced redelivered", 1, expected, () -> reserve(secondRefused, List.of(products.get(0))));

        table.forEach(System.out::println);
        assertThat(counted).containsExactlyEntriesOf(expected);
    }

    @Test
    void reservesABatchOfOrdersWithOneInsertAndOneLookForAll() {
        List<Reservation> placed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            placed.add(Reservation.placed(
                    UUID.randomUUID().toString(), List.of(new StockLine(products.get(i % 3), 1)), Instant.now()));
        }
        Map<String, Integer> expected = new LinkedHashMap<>();

        count("reserve a batch of 10 orders, 1 line each", 3 + 10 * 2 + 1, expected, () -> saga.reserveAll(placed));
        count("the same batch redelivered", 1, expected, () -> saga.reserveAll(placed));

        table.forEach(System.out::println);
        assertThat(counted).containsExactlyEntriesOf(expected);
    }

    private void count(String step, int expected, Map<String, Integer> expectations, Runnable work) {
        MongoCommands.record();
        work.run();
        List<String> commands = MongoCommands.recorded();
        table.add(
                String.format(Locale.ROOT, "[ocop-test] round trips: %-52s %2d  %s", step, commands.size(), commands));
        counted.put(step, commands.size());
        expectations.put(step, expected);
    }

    private void reserve(String orderId, List<String> productIds) {
        List<StockLine> lines =
                productIds.stream().map(p -> new StockLine(p, 2)).toList();
        saga.reserve(Reservation.placed(orderId, lines, Instant.now()));
    }
}
