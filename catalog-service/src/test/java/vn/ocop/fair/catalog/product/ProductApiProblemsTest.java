package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/** Bad input gets a clear RFC 9457 answer, never a 500. */
@CatalogIntegrationTest
class ProductApiProblemsTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void listsEveryInvalidFieldOfARequest() throws Exception {
        HttpResponse<String> answer = post("{\"name\":\"\",\"group\":\"FOOD\",\"stars\":4,\"priceVnd\":-5}");

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body()).contains("\"field\":\"name\"", "\"field\":\"priceVnd\"", "\"field\":\"unit\"");
    }

    @Test
    void explainsAnUnknownOcopGroup() throws Exception {
        HttpResponse<String> answer = post(
                "{\"name\":\"Nem Phùng\",\"group\":\"SOUVENIR\",\"stars\":4,\"priceVnd\":60000,\"unit\":\"chục\",\"producerId\":\"p\"}");

        assertProblem(answer, 400, "unreadable-request");
        assertThat(answer.body()).contains("SOUVENIR");
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        assertProblem(post("name=Nem"), 400, "unreadable-request");
    }

    @Test
    void refusesAProductBelowThreeStarsAsUnprocessable() throws Exception {
        HttpResponse<String> answer = post(
                "{\"name\":\"Nem Phùng\",\"group\":\"FOOD\",\"stars\":2,\"priceVnd\":60000,\"unit\":\"chục\",\"producerId\":\"p\"}");

        assertProblem(answer, 422, "not-ocop-certified");
    }

    @Test
    void answersUnknownProductWithNotFound() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/products/no-such-product"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(answer, 404, "product-not-found");
    }

    @Test
    void capsThePageSize() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/products?size=1000"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/products"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestTokens.shared().organiser())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://ocop-fair.vn/problems/" + type + "\"");
    }
}
