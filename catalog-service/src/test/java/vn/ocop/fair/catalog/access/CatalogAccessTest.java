package vn.ocop.fair.catalog.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * catalog-service is a resource server of its own: a call that bypasses the gateway is judged by
 * the same token rules, and object-level rules (a producer's own products) live here.
 */
@CatalogIntegrationTest
class CatalogAccessTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String VAN_PHUC_SCARF = """
            {"name":"Khăn lụa Vạn Phúc","group":"HANDICRAFT","stars":5,"priceVnd":450000,"unit":"chiếc",
             "producerId":"htx-lua-van-phuc"}
            """;

    final TestTokens tokens = TestTokens.shared();

    @LocalServerPort
    int port;

    @Test
    void browsingNeedsNoToken() throws Exception {
        assertThat(send("GET", "/api/catalog/products", null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void listingWithoutATokenIsUnauthorised() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/catalog/products", VAN_PHUC_SCARF, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aForgedRoleHeaderIsNotAToken() throws Exception {
        HttpRequest forged = request("POST", "/api/catalog/products", VAN_PHUC_SCARF)
                .header("X-User-Roles", "ORGANISER")
                .header("X-Forwarded-User", "bantochuc")
                .build();

        assertThat(HTTP.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerKeyIsUnauthorised() throws Exception {
        String foreign = ForeignTokens.signedByAnotherKey(tokens.issuer());

        assertThat(send("POST", "/api/catalog/products", VAN_PHUC_SCARF, foreign)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aCustomerMayNotListProducts() throws Exception {
        HttpResponse<String> answer =
                send("POST", "/api/catalog/products", VAN_PHUC_SCARF, tokens.customer("khachhang"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("https://ocop-fair.vn/problems/forbidden");
    }

    @Test
    void aProducerListsItsOwnProducts() throws Exception {
        assertThat(send("POST", "/api/catalog/products", VAN_PHUC_SCARF, tokens.producer("htx-lua-van-phuc"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aProducerMayNotListAnotherProducersProducts() throws Exception {
        HttpResponse<String> answer =
                send("POST", "/api/catalog/products", VAN_PHUC_SCARF, tokens.producer("cty-gom-bat-trang"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("not-your-producer");
    }

    @Test
    void endpointsWithoutARuleAreDenied() throws Exception {
        for (String path : List.of("/api/catalog/products/some-id", "/api/catalog/anything")) {
            assertThat(send("DELETE", path, null, tokens.organiser()).statusCode())
                    .as("DELETE %s", path)
                    .isEqualTo(403);
        }
        assertThat(send("GET", "/actuator/env", null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = request(method, path, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }
}
