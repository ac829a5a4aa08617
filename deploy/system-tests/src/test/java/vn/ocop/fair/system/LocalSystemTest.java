package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.local.LocalSystem;

/**
 * The whole system as README's run command starts it (same launcher, packaged jars, embedded
 * broker and wire server), on free ports, exercised over real HTTP through the gateway.
 */
class LocalSystemTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalSystem system;

    @BeforeAll
    static void startTheWholeSystem() throws Exception {
        system = RunningSystem.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "order-service", "event-service", "notification-service", "gateway"})
    void everyServiceAnswersUpOnItsManagementPort(String service) throws Exception {
        HttpResponse<String> health = SystemHttp.get(system.managementUrl(service) + "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "order-service", "event-service", "notification-service"})
    void noServiceShowsItsMetricsOnItsApiPort(String service) throws Exception {
        HttpResponse<String> metrics = SystemHttp.get(system.serviceUrl(service) + "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(401);
        assertThat(SystemHttp.get(system.managementUrl(service) + "/actuator/prometheus")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void demoCatalogueIsBrowsableThroughTheGateway() throws Exception {
        HttpResponse<String> page = SystemHttp.get(system.gatewayUrl() + "/api/catalog/products?size=100");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Khăn lụa tơ tằm Vạn Phúc",
                        "Bộ ấm chén men lam Bát Tràng",
                        "Giỏ mây tre đan Phú Vinh",
                        "Chè xanh Ba Vì",
                        "Nem Phùng",
                        "Miến dong Minh Hồng");
    }

    @Test
    void productListedThroughTheGatewayBecomesOrderableInOrderService() throws Exception {
        HttpResponse<String> anonymous =
                SystemHttp.send(SystemHttp.productListing(system, "Khăn lụa tơ tằm Vạn Phúc (hoa sen)", 150000));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> created =
                SystemHttp.send(SystemHttp.productListing(system, "Khăn lụa tơ tằm Vạn Phúc (hoa sen)", 150000)
                        .header("Authorization", "Bearer " + SystemHttp.token(system, "vanphuc")));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = SystemHttp.field(created.body(), "id");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> SystemHttp.get(system.gatewayUrl() + "/api/orders/products/" + id)
                                .statusCode()
                        == 200);

        String orderable = SystemHttp.get(system.gatewayUrl() + "/api/orders/products/" + id)
                .body();
        assertThat(orderable)
                .contains("Khăn lụa tơ tằm Vạn Phúc (hoa sen)", "\"priceVnd\":150000", "\"status\":\"LISTED\"");
    }

    @Test
    void demoProductsReachOrderServicesReadModel() throws Exception {
        List<String> ids = Pattern.compile("\"id\":\"([^\"]+)\"")
                .matcher(SystemHttp.get(system.gatewayUrl() + "/api/catalog/products?size=100")
                        .body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(6);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String id : ids) {
                assertThat(SystemHttp.get(system.serviceUrl("order-service") + "/api/orders/products/" + id)
                                .statusCode())
                        .as("order-service knows product %s", id)
                        .isEqualTo(200);
            }
        });
    }
}
