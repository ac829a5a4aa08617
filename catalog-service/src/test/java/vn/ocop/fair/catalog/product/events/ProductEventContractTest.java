package vn.ocop.fair.catalog.product.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the JSON of each event catalog publishes to a sample under {@code events/}; consumers'
 * tests read the same samples. Adding a field means updating the sample; removing or renaming one
 * is a new v2 type.
 */
@JsonTest
class ProductEventContractTest {

    @Autowired
    JsonMapper json;

    static final ProductListed PRODUCT_LISTED = new ProductListed(
            "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11",
            1,
            Instant.parse("2026-05-21T02:00:00Z"),
            new ProductSnapshot(
                    "Khăn lụa tơ tằm Vạn Phúc",
                    "Khăn lụa dệt thủ công tại làng lụa Vạn Phúc, Hà Đông",
                    "HANDICRAFT",
                    5,
                    450_000,
                    "chiếc",
                    "htx-lua-van-phuc",
                    "LISTED"));

    @Test
    void productListedSerialisesToItsPinnedSample() throws IOException {
        JsonNode written = json.readTree(json.writeValueAsString(PRODUCT_LISTED));

        assertThat(written).isEqualTo(sample("ProductListed"));
    }

    @Test
    void productListedSampleReadsBackToTheSameEvent() throws IOException {
        assertThat(json.treeToValue(sample("ProductListed"), ProductListed.class))
                .isEqualTo(PRODUCT_LISTED);
    }

    private JsonNode sample(String type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + type + ".json")) {
            assertThat(in).as("sample events/%s.json", type).isNotNull();
            return json.readTree(in);
        }
    }
}
