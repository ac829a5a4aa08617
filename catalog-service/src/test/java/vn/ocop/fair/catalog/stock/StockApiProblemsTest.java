package vn.ocop.fair.catalog.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.testsupport.TestTokens;

/** Bad input on the stock endpoints gets a clear RFC 9457 answer, never a 500. */
@CatalogIntegrationTest
class StockApiProblemsTest {

    final String organiser = TestTokens.shared().organiser();

    @Autowired
    CatalogApi api;

    String wine;

    @BeforeEach
    void aListedProductWithTenUnits() throws Exception {
        wine = new StockedProducts(api).listed("ho-ruou-lang-van", "Rượu làng Vân", 10);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"reason\":\"thiếu delta\"}",
                "{\"delta\":0,\"reason\":\"không đổi\"}",
                "{\"delta\":5}",
                "{\"delta\":5,\"reason\":\"  \"}",
                "{\"delta\":5000000,\"reason\":\"quá nhiều\"}"
            })
    void refusesAnAdjustmentThatIsIncomplete(String body) throws Exception {
        assertProblem(adjust(wine, body), 400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"delta\":\"năm\",\"reason\":\"x\"}", "{\"delta\":1.5,\"reason\":\"x\"}", "delta=5", ""})
    void refusesAnAdjustmentThatIsNotReadable(String body) throws Exception {
        assertProblem(adjust(wine, body), 400, "unreadable-request");
    }

    @Test
    void refusesToWriteOffMoreThanIsOnSale() throws Exception {
        HttpResponse<String> answer = adjust(wine, "{\"delta\":-11,\"reason\":\"Kiểm kê\"}");

        assertProblem(answer, 409, "not-enough-stock");
        assertThat(answer.body()).contains("only 10 are on sale");
    }

    @Test
    void answersUnknownProductsWithNotFound() throws Exception {
        assertProblem(adjust("no-such-product", "{\"delta\":1,\"reason\":\"x\"}"), 404, "product-not-found");
        assertProblem(
                api.send("GET", "/api/catalog/products/no-such-product/stock", null, organiser),
                404,
                "product-not-found");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/catalog/products/no-such-product/stock/low-threshold",
                        "{\"lowThreshold\":1}",
                        organiser),
                404,
                "product-not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"lowThreshold\":-1}", "{\"lowThreshold\":2000000}"})
    void refusesAThresholdOutOfRange(String body) throws Exception {
        assertProblem(
                api.send("PUT", "/api/catalog/products/" + wine + "/stock/low-threshold", body, organiser),
                400,
                "invalid-request");
    }

    @Test
    void refusesMethodsThatHaveNoRule() throws Exception {
        HttpResponse<String> answer = api.send("DELETE", "/api/catalog/products/" + wine + "/stock", null, organiser);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> adjust(String product, String body) throws Exception {
        return api.send("POST", "/api/catalog/products/" + product + "/stock/adjustments", body, organiser);
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://ocop-fair.vn/problems/" + type + "\"");
    }
}
