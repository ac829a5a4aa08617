package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.order.support.CatalogStandIn;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.TestTokens;

/** What an order's life leaves on /actuator/prometheus, under the names the dashboards use. */
class OrderMetricsTest extends OrderServiceTest {

    @Test
    void countsOrdersPerFairAndOutcomeValueUnitsSagaLatencyAndReplays() {
        String fair = readModels.openFair();
        String tea = readModels.product("htx-che-ba-vi", "BEVERAGE", 180_000);
        String token = TestTokens.shared().customer("khach-metrics");
        String key = UUID.randomUUID().toString();
        String order = json.readTree(
                        api.place(token, key, OrderApi.pickup(fair, tea, 3)).body())
                .get("id")
                .asString();
        api.place(token, key, OrderApi.pickup(fair, tea, 3));

        new CatalogStandIn().reserve(order);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.find(order).orElseThrow().status() == OrderStatus.CONFIRMED);

        String scrape =
                api.get(TestTokens.shared().operator(), "/actuator/prometheus").body();
        String tags = "application=\"order-service\",fair=\"" + fair + "\"";
        assertThat(scrape)
                .contains("ocop_orders_total{" + tags + ",outcome=\"placed\"} 1.0")
                .contains("ocop_orders_total{" + tags + ",outcome=\"confirmed\"} 1.0")
                .contains("ocop_order_value_vnd_total{" + tags + "} 540000.0")
                .contains("ocop_order_units_total{" + tags + ",product=\"" + tea + "\"} 3.0")
                .contains("ocop_saga_latency_seconds_bucket{application=\"order-service\",le=")
                .contains("ocop_saga_latency_seconds_count{application=\"order-service\"}")
                .contains("ocop_orders_idempotent_replays_total{application=\"order-service\"}")
                .contains("ocop_outbox_backlog{application=\"order-service\",collection=\"orders\"}");
    }
}
