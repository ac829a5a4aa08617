package vn.ocop.fair.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import vn.ocop.fair.testsupport.TestTokens;

/** Listed products with stock, made through the API as an organiser would. */
public final class StockedProducts {

    private final CatalogApi api;
    private final String organiser = TestTokens.shared().organiser();

    public StockedProducts(CatalogApi api) {
        this.api = api;
    }

    /** A new listed product of {@code producerId} (registered on the way) with {@code units} received. */
    public String listed(String producerId, String name, long units) throws Exception {
        api.registerProducer(producerId);
        HttpResponse<String> created = api.send(
                "POST",
                "/api/catalog/products",
                CatalogApi.product(producerId, name + " " + UUID.randomUUID()),
                organiser);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = CatalogApi.idOf(created);
        if (units > 0) {
            adjust(id, units, "Nhập kho đầu phiên chợ");
        }
        return id;
    }

    public void adjust(String productId, long delta, String reason) throws Exception {
        HttpResponse<String> answer = api.send(
                "POST",
                "/api/catalog/products/" + productId + "/stock/adjustments",
                "{\"delta\":%d,\"reason\":\"%s\"}".formatted(delta, reason),
                organiser);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    public void lowThreshold(String productId, int threshold) throws Exception {
        HttpResponse<String> answer = api.send(
                "PUT",
                "/api/catalog/products/" + productId + "/stock/low-threshold",
                "{\"lowThreshold\":%d}".formatted(threshold),
                organiser);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    public void delist(String productId) throws Exception {
        assertThat(api.delist(productId, "ngừng bán", organiser).statusCode()).isEqualTo(200);
    }
}
