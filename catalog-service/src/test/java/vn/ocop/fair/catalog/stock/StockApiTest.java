package vn.ocop.fair.catalog.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.testsupport.TestTokens;

/** Producers and organisers keep a product's stock, with an audit trail; producers only their own. */
@CatalogIntegrationTest
class StockApiTest {

    static final String PHU_VINH = "htx-may-tre-phu-vinh";

    @Autowired
    JsonMapper json;

    final TestTokens tokens = TestTokens.shared();

    @Autowired
    CatalogApi api;

    String basket;

    @BeforeEach
    void aListedProductWithoutStock() throws Exception {
        api.registerProducer("cty-gom-bat-trang");
        basket = new StockedProducts(api).listed(PHU_VINH, "Giỏ mây tre đan Phú Vinh", 0);
    }

    @Test
    void aProductStartsWithNoStockAndTheDefaultThreshold() throws Exception {
        JsonNode stock = stock(tokens.producer(PHU_VINH));

        assertThat(stock.get("received").asLong()).isZero();
        assertThat(stock.get("available").asLong()).isZero();
        assertThat(stock.get("lowThreshold").asInt()).isEqualTo(5);
        assertThat(stock.get("producerId").asString()).isEqualTo(PHU_VINH);
    }

    @Test
    void aProducerReceivesAndWritesOffUnitsOfItsOwnProductWithAReason() throws Exception {
        String producer = tokens.producer(PHU_VINH);

        assertThat(adjust(40, "Nhập lô hàng tháng 5", producer).statusCode()).isEqualTo(200);
        HttpResponse<String> answer = adjust(-3, "Hỏng khi vận chuyển", producer);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode stock = json.readTree(answer.body());
        assertThat(stock.get("received").asLong()).isEqualTo(37);
        assertThat(stock.get("available").asLong()).isEqualTo(37);
        assertThat(stock.get("reserved").asLong()).isZero();
        assertThat(stock.get("sold").asLong()).isZero();
        JsonNode trail = stock.get("adjustments");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).get("delta").asLong()).as("newest first").isEqualTo(-3);
        assertThat(trail.get(0).get("reason").asString()).isEqualTo("Hỏng khi vận chuyển");
        assertThat(trail.get(0).get("by").asString()).isEqualTo("producer-of-" + PHU_VINH);
        assertThat(trail.get(1).get("reason").asString()).isEqualTo("Nhập lô hàng tháng 5");
    }

    @Test
    void anOrganiserAdjustsAnyProducersStockAndSetsItsThreshold() throws Exception {
        assertThat(adjust(10, "Bổ sung cho tuần hàng", tokens.organiser()).statusCode())
                .isEqualTo(200);

        HttpResponse<String> answer = api.send(
                "PUT",
                "/api/catalog/products/" + basket + "/stock/low-threshold",
                "{\"lowThreshold\":12}",
                tokens.organiser());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("lowThreshold").asInt()).isEqualTo(12);
        assertThat(stock(tokens.organiser()).get("available").asLong()).isEqualTo(10);
    }

    @Test
    void anotherProducerMayNeitherSeeNorAdjustIt() throws Exception {
        String other = tokens.producer("cty-gom-bat-trang");

        HttpResponse<String> adjusting = adjust(5, "không phải của tôi", other);

        assertThat(adjusting.statusCode()).isEqualTo(403);
        assertThat(adjusting.body()).contains("not-your-producer");
        assertThat(api.send("GET", stockPath(), null, other).statusCode()).isEqualTo(403);
    }

    @Test
    void customersAndAnonymousCallersMayNotTouchStock() throws Exception {
        assertThat(api.send("GET", stockPath(), null, null).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", stockPath(), null, tokens.customer("khachhang"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(adjust(5, "x", tokens.customer("khachhang")).statusCode()).isEqualTo(403);
        assertThat(adjust(5, "x", tokens.operator()).statusCode()).isEqualTo(403);
        assertThat(adjust(5, "x", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> adjust(long delta, String reason, String token) throws Exception {
        return api.send(
                "POST",
                stockPath() + "/adjustments",
                "{\"delta\":%d,\"reason\":\"%s\"}".formatted(delta, reason),
                token);
    }

    private JsonNode stock(String token) throws Exception {
        HttpResponse<String> answer = api.send("GET", stockPath(), null, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private String stockPath() {
        return "/api/catalog/products/" + basket + "/stock";
    }
}
