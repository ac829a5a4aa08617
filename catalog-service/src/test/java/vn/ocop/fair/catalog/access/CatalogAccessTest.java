package vn.ocop.fair.catalog.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * catalog-service is a resource server of its own: a call that bypasses the gateway is judged by
 * the same token rules, and object-level rules (a producer's own products) live here.
 */
@CatalogIntegrationTest
class CatalogAccessTest {

    static final String VAN_PHUC_SCARF = CatalogApi.product("htx-lua-van-phuc", "Khăn lụa Vạn Phúc");

    final TestTokens tokens = TestTokens.shared();

    @LocalServerPort
    int port;

    @Autowired
    CatalogApi api;

    @BeforeEach
    void producersExist() throws Exception {
        api.registerProducer("htx-lua-van-phuc");
        api.registerProducer("cty-gom-bat-trang");
    }

    @Test
    void browsingNeedsNoToken() throws Exception {
        assertThat(api.send("GET", "/api/catalog/products", null, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/catalog/producers/htx-lua-van-phuc", null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void listingWithoutATokenIsUnauthorised() throws Exception {
        HttpResponse<String> answer = api.send("POST", "/api/catalog/products", VAN_PHUC_SCARF, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aForgedRoleHeaderIsNotAToken() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/products"))
                .header("Content-Type", "application/json")
                .header("X-User-Roles", "ORGANISER")
                .header("X-Forwarded-User", "bantochuc")
                .POST(HttpRequest.BodyPublishers.ofString(VAN_PHUC_SCARF))
                .build();

        assertThat(java.net.http.HttpClient.newHttpClient()
                        .send(forged, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerKeyIsUnauthorised() throws Exception {
        String foreign = ForeignTokens.signedByAnotherKey(tokens.issuer());

        assertThat(api.send("POST", "/api/catalog/products", VAN_PHUC_SCARF, foreign)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aCustomerMayNotListProducts() throws Exception {
        HttpResponse<String> answer =
                api.send("POST", "/api/catalog/products", VAN_PHUC_SCARF, tokens.customer("khachhang"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("https://ocop-fair.vn/problems/forbidden");
    }

    @Test
    void aProducerListsAndEditsItsOwnProducts() throws Exception {
        String vanPhuc = tokens.producer("htx-lua-van-phuc");
        HttpResponse<String> created = api.send("POST", "/api/catalog/products", VAN_PHUC_SCARF, vanPhuc);
        assertThat(created.statusCode()).isEqualTo(201);

        assertThat(api.delist(CatalogApi.idOf(created), "hết hàng", vanPhuc).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aProducerMayNotTouchAnotherProducersProducts() throws Exception {
        HttpResponse<String> answer =
                api.send("POST", "/api/catalog/products", VAN_PHUC_SCARF, tokens.producer("cty-gom-bat-trang"));
        String id = api.create(VAN_PHUC_SCARF);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("not-your-producer");
        assertThat(api.delist(id, "x", tokens.producer("cty-gom-bat-trang")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyOrganisersRegisterProducers() throws Exception {
        String body =
                "{\"name\":\"HTX Mới\",\"type\":\"COOPERATIVE\",\"commune\":\"Xã Bát Tràng\",\"province\":\"Hà Nội\"}";

        assertThat(api.send("PUT", "/api/catalog/producers/htx-moi", body, tokens.producer("htx-lua-van-phuc"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("PUT", "/api/catalog/producers/htx-moi", body, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void endpointsWithoutARuleAreDenied() throws Exception {
        for (String path : List.of("/api/catalog/products/some-id", "/api/catalog/anything")) {
            assertThat(api.send("DELETE", path, null, tokens.organiser()).statusCode())
                    .as("DELETE %s", path)
                    .isEqualTo(403);
        }
        assertThat(api.send("GET", "/actuator/env", null, null).statusCode()).isEqualTo(401);
    }
}
