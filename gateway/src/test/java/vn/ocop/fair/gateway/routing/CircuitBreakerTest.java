package vn.ocop.fair.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import vn.ocop.fair.gateway.GatewayClient;
import vn.ocop.fair.gateway.StubBackend;

/**
 * Each route behind its own breaker: catalog's service is stopped and brought back, order's hangs,
 * notification's drops connections. The time limit (the client's read time-out) is 1 s here, and an
 * open breaker tries again after 300 ms.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "spring.http.clients.read-timeout=1s",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=2",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=300ms",
            "ocop.gateway.resilience.retry-after=7s"
        })
@ActiveProfiles("local")
class CircuitBreakerTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(1);
    private static final Duration MARGIN = Duration.ofMillis(1500);
    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final StubBackend catalog = StubBackend.start();
    private static final StubBackend order = StubBackend.start();
    private static final StubBackend notification = StubBackend.start();
    private static final StubBackend event = StubBackend.start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("ocop.gateway.services.catalog", catalog::url);
        registry.add("ocop.gateway.services.order", order::url);
        registry.add("ocop.gateway.services.event", event::url);
        registry.add("ocop.gateway.services.notification", notification::url);
    }

    @AfterAll
    static void stopServices() {
        for (StubBackend backend : new StubBackend[] {catalog, order, event, notification}) {
            backend.stop();
        }
    }

    GatewayClient gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(PORT);
    }

    @Test
    void answers503ProblemWithRetryAfterWhenTheServiceIsStoppedThen200WhenItIsBack() {
        catalog.stop();
        try {
            long start = System.nanoTime();
            HttpResponse<String> down = gateway.get("/api/catalog/products");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(down.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(down.body())
                    .contains("https://ocop-fair.vn/problems/service-unavailable")
                    .contains("catalog");
            assertThat(elapsed).isLessThan(TIME_LIMIT.plus(MARGIN));
        } finally {
            catalog.restart();
        }

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.get("/api/catalog/products").statusCode() == 200);
    }

    @Test
    void answers503WithinTheTimeLimitWhenTheServiceHangs() {
        long start = System.nanoTime();
        HttpResponse<String> response = gateway.call("GET", "/api/orders/hang", "khachhang");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(elapsed).isGreaterThanOrEqualTo(TIME_LIMIT).isLessThan(TIME_LIMIT.plus(MARGIN));
    }

    /** A read is tried again (at most twice) when its connection drops; a write never. */
    @ParameterizedTest
    @CsvSource({"GET, 2, 200, 3", "POST, 1, 503, 1"})
    void retriesOnlyAReadWhoseConnectionDropped(String method, int drops, int status, int calls) {
        notification.dropNext(drops);
        String path = "/flaky-" + method.toLowerCase(Locale.ROOT);

        HttpResponse<String> response = gateway.call(method, "/api/notifications" + path, "khachhang");

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(notification.received())
                .filteredOn(r -> r.path().endsWith(path))
                .hasSize(calls);
    }
}
