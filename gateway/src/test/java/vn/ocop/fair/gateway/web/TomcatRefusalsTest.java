package vn.ocop.fair.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.gateway.GatewayTest;

/**
 * Paths Tomcat itself refuses, before the gateway's filters read them (found by the system tests'
 * ApiFuzzTest): the refusal is a problem like every other, not Tomcat's HTML error page.
 */
class TomcatRefusalsTest extends GatewayTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/catalog/products/%2F",
                "/api/orders/%5C",
                "/api/fairs/%00/promotions",
                "/api/fairs/%C0%AE/booths",
                "/api/orders/products/..%2f..%2factuator"
            })
    void answersAPathTomcatRefusesWithAProblem(String path) {
        HttpResponse<String> answer = gateway.get(path);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("<html");
    }
}
