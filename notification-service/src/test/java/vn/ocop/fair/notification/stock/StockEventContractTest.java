package vn.ocop.fair.notification.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** notification-service's copy reads the samples catalog-service pins for StockLow and CertificateExpiring. */
class StockEventContractTest {

    static final Path SAMPLES = Path.of("../catalog-service/src/test/resources/events");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsLowStock() throws IOException {
        StockCopy low = read("StockLow").require();

        assertThat(low.producerId()).isEqualTo("htx-lua-van-phuc");
        assertThat(low.available()).isEqualTo(4);
        assertThat(low.lowThreshold()).isEqualTo(5);
    }

    @Test
    void readsAnExpiringCertificate() throws IOException {
        StockCopy expiring = read("CertificateExpiring").require();

        assertThat(expiring.productName()).isEqualTo("Khăn lụa tơ tằm Vạn Phúc");
        assertThat(expiring.decisionNumber()).isEqualTo("1521/QĐ-UBND");
        assertThat(expiring.expiresOn()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(expiring.daysLeft()).isEqualTo(30);
        assertThat(expiring.threshold()).isEqualTo(30);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ProductListed", "ProductUpdated", "ProductDelisted"})
    void readsTheNameAndVersionOfEveryProductEvent(String event) throws IOException {
        ProductNames.ProductCopy product =
                JSON.readValue(Files.readString(SAMPLES.resolve(event + ".json")), ProductNames.ProductCopy.class);

        assertThat(product.productId()).isEqualTo("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11");
        assertThat(product.version()).isPositive();
        assertThat(product.product().name()).isEqualTo("Khăn lụa tơ tằm Vạn Phúc");
    }

    static StockCopy read(String event) throws IOException {
        return JSON.readValue(Files.readString(SAMPLES.resolve(event + ".json")), StockCopy.class);
    }
}
