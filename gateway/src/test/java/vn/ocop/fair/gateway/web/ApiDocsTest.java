package vn.ocop.fair.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.gateway.GatewayTest;

class ApiDocsTest extends GatewayTest {

    @Test
    void servesSwaggerUi() {
        HttpResponse<String> page = gateway.get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void redirectsTheShortSwaggerUiAddress() {
        assertThat(gateway.get("/swagger-ui.html").statusCode()).isEqualTo(302);
    }

    @Test
    void listsTheFourServicesSpecs() {
        HttpResponse<String> config = gateway.get("/v3/api-docs/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        List<String> urls = JsonPath.read(config.body(), "$.urls[*].url");
        assertThat(urls)
                .containsExactlyInAnyOrder(
                        "/api/catalog/v3/api-docs",
                        "/api/orders/v3/api-docs",
                        "/api/fairs/v3/api-docs",
                        "/api/notifications/v3/api-docs");
    }
}
