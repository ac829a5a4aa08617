package vn.ocop.fair.catalog.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * catalog-service takes at most {@code ocop.web.max-body-size} (1 MB) of JSON even when called
 * without the gateway, and answers 413 problem details past it; the CSV import has its own, larger
 * limit (CatalogImportTest).
 */
@CatalogIntegrationTest
class BodySizeLimitTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int ONE_MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void refusesADeclaredBodyPastTheLimitWith413ProblemDetails() throws Exception {
        HttpResponse<String> answer = post(
                HttpRequest.BodyPublishers.ofByteArray(jsonOf(ONE_MB + 1)),
                TestTokens.shared().organiser());

        assertTooLarge(answer);
    }

    @Test
    void refusesAChunkedBodyOnceItStreamsPastTheLimit() throws Exception {
        byte[] body = jsonOf(2 * ONE_MB);
        // no Content-Length: the client sends it chunked, so only counting what is read can stop it
        HttpResponse<String> answer = post(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                TestTokens.shared().organiser());

        assertTooLarge(answer);
    }

    @Test
    void refusesAnOversizedBodyBeforeLookingAtTheToken() throws Exception {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofByteArray(jsonOf(ONE_MB + 1)), null);

        assertTooLarge(answer);
    }

    @Test
    void takesABodyJustUnderTheLimitToTheController() throws Exception {
        HttpResponse<String> answer = post(
                HttpRequest.BodyPublishers.ofByteArray(jsonOf(ONE_MB - 1)),
                TestTokens.shared().organiser());

        assertThat(answer.statusCode()).isNotEqualTo(413); // read, then judged as a product
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/catalog/products"))
                .header("Content-Type", "application/json")
                .POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("https://ocop-fair.vn/problems/body-too-large", "1048576");
    }

    /** A JSON object of exactly {@code size} bytes: one long string field. */
    private static byte[] jsonOf(int size) {
        String prefix = "{\"name\":\"";
        String suffix = "\"}";
        return (prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }
}
