package vn.ocop.fair.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A service publishes its OpenAPI spec under the route the gateway sends to it, so the gateway
 * serves it as it is. A service's test implements it and says where the service listens and its
 * route ({@link ServiceRoute}).
 */
public interface OpenApiContract extends ServiceRoute {

    @Test
    default void publishesItsOpenApiSpecUnderItsGatewayRoute() throws Exception {
        HttpResponse<String> spec = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port() + gatewayRoute() + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("\"openapi\"");
    }
}
