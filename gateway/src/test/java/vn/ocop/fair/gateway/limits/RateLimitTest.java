package vn.ocop.fair.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.fair.gateway.GatewayClient;
import vn.ocop.fair.gateway.OwnGateway;

/**
 * Small budgets (browsing 5, ordering 2, anonymous addresses 3 browsing budgets, per hour so nothing
 * refills during the test); each test spends the budget of a different client, so they do not depend on
 * one another.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "ocop.gateway.limits.browsing.capacity=5",
            "ocop.gateway.limits.browsing.period=1h",
            "ocop.gateway.limits.ordering.capacity=2",
            "ocop.gateway.limits.ordering.period=1h",
            "ocop.gateway.limits.anonymous-clients-per-address=3"
        })
@ActiveProfiles("local")
class RateLimitTest {

    @RegisterExtension
    static final OwnGateway own = new OwnGateway();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        own.standInFront(registry);
    }

    final GatewayClient gateway = own.client();

    @Test
    void answers429WithRetryAfterToAnAnonymousBurstBeyondTheSharedAddressBudget() {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 16; i++) {
            last = gateway.get(i % 2 == 0 ? "/api/catalog/products" : "/api/fairs/f-1");
            statuses.add(last.statusCode());
        }

        // a venue's visitors share an address: it gets 3 browsing budgets of 5, not one
        assertThat(statuses.subList(0, 15)).containsOnly(200);
        assertThat(statuses.get(15)).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(last.body()).contains("https://ocop-fair.vn/problems/rate-limited");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3600L);
    }

    @Test
    void neverLimitsWithinTheBudget() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(gateway.call("GET", "/api/orders", "bantochuc").statusCode());
        }

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void limitsPlacingOrdersMoreStrictlyThanBrowsing() {
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(gateway.call("POST", "/api/orders", "khachhang").statusCode());
        }

        assertThat(orders).containsExactly(200, 200, 429);
        assertThat(gateway.call("GET", "/api/orders", "khachhang").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsABudgetPerTokenSubject() {
        for (int i = 0; i < 5; i++) {
            gateway.call("GET", "/api/notifications", "vanphuc");
        }

        assertThat(gateway.call("GET", "/api/notifications", "vanphuc").statusCode())
                .isEqualTo(429);
        assertThat(gateway.call("GET", "/api/notifications", "battrang").statusCode())
                .isEqualTo(200);
    }
}
