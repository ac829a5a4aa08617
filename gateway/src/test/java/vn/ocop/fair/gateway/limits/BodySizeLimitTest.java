package vn.ocop.fair.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.gateway.GatewayTest;

/** The default limit, 1 MB, on bodies sent as producers to the catalog; 11 MB for organisers' CSV imports. */
class BodySizeLimitTest extends GatewayTest {

    private static final int LIMIT = 1024 * 1024;

    @Test
    void refusesADeclaredLengthOverTheLimit() {
        HttpResponse<String> response =
                post("/api/catalog/products?size=declared-over", BodyPublishers.ofByteArray(new byte[LIMIT + 1]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://ocop-fair.vn/problems/body-too-large");
        assertThat(backend.received()).noneMatch(r -> r.query().contains("declared-over"));
    }

    @Test
    void refusesAChunkedBodyThatStreamsPastTheLimit() {
        HttpResponse<String> response = post(
                "/api/catalog/products?size=chunked-over",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[LIMIT + 4096])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("https://ocop-fair.vn/problems/body-too-large");
    }

    @Test
    void passesABodyWithinTheLimit() {
        HttpResponse<String> response =
                post("/api/catalog/products?size=within", BodyPublishers.ofByteArray(new byte[LIMIT]));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(response.body(), "$.bytes")).isEqualTo(LIMIT);
    }

    @Test
    void passesAChunkedBodyWithinTheLimit() {
        HttpResponse<String> response = post(
                "/api/catalog/products?size=chunked-within",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[LIMIT - 1])));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(response.body(), "$.bytes")).isEqualTo(LIMIT - 1);
    }

    @Test
    void letsACsvImportUpToItsOwnLimitThrough() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/catalog/imports?size=import-within")
                .header("Authorization", "Bearer " + gateway.token("bantochuc"))
                .header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofByteArray(new byte[5 * LIMIT])));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(response.body(), "$.bytes")).isEqualTo(5 * LIMIT);
    }

    @Test
    void refusesACsvImportOverItsLimit() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/catalog/imports?size=import-over")
                .header("Authorization", "Bearer " + gateway.token("bantochuc"))
                .header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofByteArray(new byte[11 * LIMIT + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String path, java.net.http.HttpRequest.BodyPublisher body) {
        return gateway.send(gateway.request(path)
                .header("Authorization", "Bearer " + gateway.token("vanphuc"))
                .header("Content-Type", "text/csv")
                .POST(body));
    }
}
