package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/** Bad input gets a clear RFC 9457 answer, never a 500. */
@CatalogIntegrationTest
class ProductApiProblemsTest {

    @Autowired
    CatalogApi api;

    final String organiser = TestTokens.shared().organiser();

    @BeforeEach
    void producerExists() throws Exception {
        api.registerProducer("ho-nem-phung");
    }

    @Test
    void listsEveryInvalidFieldOfARequest() throws Exception {
        HttpResponse<String> answer = post("{\"name\":\"\",\"group\":\"FOOD\",\"stars\":4,\"priceVnd\":-5}");

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body())
                .contains(
                        "\"field\":\"name\"",
                        "\"field\":\"priceVnd\"",
                        "\"field\":\"unit\"",
                        "\"field\":\"producerId\"");
    }

    @Test
    void explainsAnUnknownOcopGroup() throws Exception {
        HttpResponse<String> answer =
                post(CatalogApi.product("ho-nem-phung", "Nem Phùng").replace("HANDICRAFT", "SOUVENIR"));

        assertProblem(answer, 400, "unreadable-request");
        assertThat(answer.body()).contains("SOUVENIR");
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        assertProblem(post("name=Nem"), 400, "unreadable-request");
    }

    @Test
    void refusesACertificateThatExpiresBeforeItIsIssued() throws Exception {
        String body = CatalogApi.product("ho-nem-phung", "Nem Phùng")
                .replace("\"issuedOn\"", "\"expiresOn\":\"2020-01-01\",\"issuedOn\"");

        assertProblem(post(body), 400, "invalid-request");
    }

    @ParameterizedTest(name = "{0} stars, certified {1} months ago")
    @CsvSource({"2, 1, not-ocop-certified, 2 stars", "4, 37, certificate-not-valid, is valid from"})
    void refusesToListAProductNotOcopCertifiedToday(int stars, int certifiedMonthsAgo, String type, String detail)
            throws Exception {
        HttpResponse<String> answer = post(CatalogApi.product(
                "ho-nem-phung", "Nem Phùng", stars, LocalDate.now().minusMonths(certifiedMonthsAgo)));

        assertProblem(answer, 422, type);
        assertThat(answer.body()).contains(detail);
    }

    @ParameterizedTest(name = "{0} stars")
    @ValueSource(ints = {-1, 0, 6})
    void refusesStarsOffTheOcopScaleEvenForADraft(int stars) throws Exception {
        String draft = CatalogApi.draft(CatalogApi.product(
                "ho-nem-phung", "Nem Phùng", stars, LocalDate.now().minusMonths(1)));

        HttpResponse<String> answer = post(draft);

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body()).contains("\"field\":\"stars\"");
    }

    @Test
    void keepsATwoStarProductAsADraftThatCannotBeListed() throws Exception {
        String draft = CatalogApi.draft(CatalogApi.product(
                "ho-nem-phung", "Nem Phùng (2 sao)", 2, LocalDate.now().minusMonths(1)));
        HttpResponse<String> created = post(draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertProblem(api.list(CatalogApi.idOf(created), organiser), 422, "not-ocop-certified");
    }

    @Test
    void refusesTextsLongerThanTheirFields() throws Exception {
        String body = CatalogApi.product("ho-nem-phung", "Nem Phùng")
                .replace("Sản phẩm OCOP", "x".repeat(5_001))
                .replace("1521/QĐ-UBND", "y".repeat(65));

        HttpResponse<String> answer = post(body);

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body()).contains("\"field\":\"description\"", "\"field\":\"certificate.decisionNumber\"");
    }

    @Test
    void refusesToListAProductWithoutCertificate() throws Exception {
        String body = CatalogApi.withoutCertificate(CatalogApi.product("ho-nem-phung", "Nem Phùng"));

        assertProblem(post(body), 422, "certificate-missing");
    }

    @Test
    void acceptsADraftWithoutCertificateButNotItsListing() throws Exception {
        String draft =
                CatalogApi.draft(CatalogApi.withoutCertificate(CatalogApi.product("ho-nem-phung", "Nem Phùng (nháp)")));
        HttpResponse<String> created = post(draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"DRAFT\"");
        String id = CatalogApi.idOf(created);

        assertProblem(api.list(id, organiser), 422, "certificate-missing");
        assertProblem(api.send("GET", "/api/catalog/products/" + id, null, null), 404, "product-not-found");
    }

    @Test
    void refusesAProductOfAnUnknownProducer() throws Exception {
        assertProblem(post(CatalogApi.product("htx-khong-co", "Nem Phùng")), 422, "unknown-producer");
    }

    @Test
    void answersUnknownProductsAndProducersWithNotFound() throws Exception {
        assertProblem(api.send("GET", "/api/catalog/products/no-such-product", null, null), 404, "product-not-found");
        assertProblem(
                api.send("GET", "/api/catalog/producers/no-such-producer", null, null), 404, "producer-not-found");
        assertProblem(api.delist("no-such-product", "x", organiser), 404, "product-not-found");
    }

    @Test
    void refusesAProducerIdThatIsNotASlug() throws Exception {
        HttpResponse<String> answer = api.send(
                "PUT",
                "/api/catalog/producers/HTX%20Lụa",
                "{\"name\":\"x\",\"type\":\"COOPERATIVE\",\"commune\":\"x\",\"province\":\"Hà Nội\"}",
                organiser);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void capsThePageSize() throws Exception {
        HttpResponse<String> answer = api.send("GET", "/api/catalog/products?size=1000", null, null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return api.send("POST", "/api/catalog/products", body, organiser);
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://ocop-fair.vn/problems/" + type + "\"");
    }
}
