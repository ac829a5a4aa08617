package vn.ocop.fair.event.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The consumer side of catalog's product contract: event-service reads catalog's own samples. */
class ProductEventCopyTest {

    static final Path CATALOG_SAMPLES = Path.of("../catalog-service/src/test/resources/events");
    final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"ProductListed", "ProductUpdated", "ProductDelisted"})
    void readsWhatEligibilityNeedsFromCatalogsSample(String type) throws IOException {
        ProductEventCopy event =
                json.readValue(Files.readString(CATALOG_SAMPLES.resolve(type + ".json")), ProductEventCopy.class);

        CatalogProduct product = event.toCatalogProduct();

        assertThat(product.productId()).isEqualTo("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11");
        assertThat(product.stars()).isEqualTo(5);
        assertThat(product.producerId()).isEqualTo("htx-lua-van-phuc");
        assertThat(product.producerProvince()).isEqualTo("Hà Nội");
        assertThat(product.certificateExpiresOn()).isEqualTo(LocalDate.parse("2027-04-12"));
        assertThat(product.status()).isIn("LISTED", "DELISTED");
    }
}
