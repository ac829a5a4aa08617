package vn.ocop.fair.catalog.product.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pins the JSON of {@link CertificateExpiring}; notification-service's tests read the same sample. */
@JsonTest
class CertificateExpiringContractTest {

    static final CertificateExpiring SAMPLE = new CertificateExpiring(
            "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11",
            "htx-lua-van-phuc",
            "Khăn lụa tơ tằm Vạn Phúc",
            "1521/QĐ-UBND",
            LocalDate.parse("2027-04-12"),
            30,
            30,
            Instant.parse("2027-03-12T23:00:00Z"));

    @Autowired
    JsonMapper json;

    @Test
    void serialisesToItsPinnedSample() throws IOException {
        assertThat(json.readTree(json.writeValueAsString(SAMPLE))).isEqualTo(sample());
    }

    @Test
    void readsBackFromItsSample() throws IOException {
        assertThat(json.treeToValue(sample(), CertificateExpiring.class)).isEqualTo(SAMPLE);
    }

    @Test
    void goesBesideTheStockEventsKeyedByProduct() {
        assertThat(SAMPLE.topic()).isEqualTo("ocop.catalog.stock.v1");
        assertThat(SAMPLE.key()).isEqualTo(SAMPLE.productId());
        assertThat(SAMPLE.cloudEventType()).isEqualTo("vn.ocop.fair.catalog.CertificateExpiring.v1");
    }

    private JsonNode sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/CertificateExpiring.json")) {
            assertThat(in).as("sample events/CertificateExpiring.json").isNotNull();
            return json.readTree(in);
        }
    }
}
