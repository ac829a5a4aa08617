package vn.ocop.fair.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

class GatewayRoutesTest extends GatewayTest {

    @Autowired
    ClientHttpRequestFactory requestFactory;

    @ParameterizedTest
    @ValueSource(strings = {"/api/catalog/products", "/api/fairs/f-1/booths", "/api/orders/products/p-1"})
    void forwardsEachPrefixToItsServiceWithThePathUnchanged(String path) {
        HttpResponse<String> response = gateway.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.path")).isEqualTo(path);
    }

    @Test
    void passesTheServiceStatusThroughUnchanged() {
        HttpResponse<String> response = gateway.get("/api/catalog/products/unknown");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void proxiesWithApacheHttpClient() {
        assertThat(requestFactory).isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void reportsItselfHealthyOnThePublicPort(String path) {
        HttpResponse<String> health = gateway.get(path);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/prometheus", "/actuator/info", "/actuator"})
    void exposesNoOtherActuatorEndpointOnThePublicPort(String path) {
        HttpResponse<String> env = gateway.get(path);

        assertThat(env.statusCode()).isEqualTo(404);
        assertThat(env.body()).contains("https://ocop-fair.vn/problems/not-found");
        assertThat(gateway.call("GET", path, "vanhanh").statusCode()).isEqualTo(404);
    }

    @Test
    void servesMetricsOnTheManagementPortOnly() {
        GatewayClient management = new GatewayClient(managementPort);

        HttpResponse<String> metrics = management.get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("resilience4j_circuitbreaker_state");
        assertThat(management.get("/actuator/env").statusCode()).isEqualTo(404);
    }

    @Test
    void showsHealthDetailsToOperatorsOnly() {
        assertThat(gateway.get("/actuator/health").body()).doesNotContain("components");
        assertThat(gateway.call("GET", "/actuator/health", "vanhanh").body()).contains("components");
    }
}
