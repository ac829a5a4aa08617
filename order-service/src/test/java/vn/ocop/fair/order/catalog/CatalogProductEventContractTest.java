package vn.ocop.fair.order.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.support.PublishedSamples;
import vn.ocop.fair.support.events.UnreadableEvent;

/** Reads the samples catalog-service pins for its events (the producer's side of the contract). */
@JsonTest
class CatalogProductEventContractTest {

    @Autowired
    JsonMapper json;

    @Test
    void mapsCatalogsProductListedSampleIntoTheReadModel() {
        assertThat(read("ProductListed"))
                .isEqualTo(new CatalogProduct(
                        "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11",
                        2,
                        "Khăn lụa tơ tằm Vạn Phúc",
                        450_000,
                        "chiếc",
                        "htx-lua-van-phuc",
                        "LISTED",
                        "HANDICRAFT",
                        Instant.parse("2026-05-21T02:00:00Z")));
    }

    @Test
    void mapsCatalogsProductUpdatedAndDelistedSamples() {
        assertThat(read("ProductUpdated").priceVnd()).isEqualTo(480_000);
        assertThat(read("ProductDelisted").status()).isEqualTo("DELISTED");
        assertThat(read("ProductDelisted").version()).isEqualTo(4);
    }

    private CatalogProduct read(String type) {
        return PublishedSamples.CATALOG.read(type, json, ProductEventCopy.class).toCatalogProduct();
    }

    @Test
    void ignoresFieldsItDoesNotRead() {
        String withExtraFields = """
            {"productId":"p-1","version":3,"occurredAt":"2026-05-21T02:00:00Z","newTopLevel":true,
             "product":{"name":"Nem Phùng","priceVnd":60000,"unit":"chục","producerId":"ho-nem-phung",
                        "status":"LISTED","certificate":{"decision":"123/QĐ-UBND"}}}
            """;

        assertThat(json.readValue(withExtraFields, ProductEventCopy.class)
                        .toCatalogProduct()
                        .version())
                .isEqualTo(3);
    }

    @Test
    void rejectsAnEventWithoutVersion() {
        String noVersion = "{\"productId\":\"p-1\",\"product\":{\"name\":\"x\",\"priceVnd\":1,\"status\":\"LISTED\"}}";

        assertThatThrownBy(
                        () -> json.readValue(noVersion, ProductEventCopy.class).toCatalogProduct())
                .isInstanceOf(UnreadableEvent.class);
    }
}
