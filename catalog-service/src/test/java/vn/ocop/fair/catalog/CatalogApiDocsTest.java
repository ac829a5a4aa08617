package vn.ocop.fair.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CatalogIntegrationTest
class CatalogApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void publishesItsOpenApiSpecUnderItsGatewayRoute() throws Exception {
        HttpResponse<String> spec = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("\"openapi\"", "/api/catalog/products", "/api/catalog/products/{id}");
        assertThat(spec.body()).as("the search parameters, one by one").contains("\"minStars\"", "\"fair\"");
    }

    @Test
    void showsARealTitleTheGatewayAsServerTheBearerSchemeAndProblemAnswers() throws Exception {
        String spec = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(spec)
                .contains("\"title\":\"OCOP Fair catalogue\"", "\"url\":\"http://localhost:8080\"")
                .contains("\"bearer-jwt\"", "\"bearerFormat\":\"JWT\"", "application/problem+json")
                .doesNotContain("OpenAPI definition", "-controller\"", "\"*/*\"", "localhost:" + port);
    }
}
