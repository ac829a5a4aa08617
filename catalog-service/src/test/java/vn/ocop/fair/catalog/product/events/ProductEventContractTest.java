package vn.ocop.fair.catalog.product.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.testsupport.PinnedEventSamples;

/**
 * Pins the JSON of each event catalog publishes to a sample under {@code events/}; consumers'
 * tests read the same samples. Adding a field means updating the sample; removing or renaming one
 * is a new v2 type.
 */
@JsonTest
class ProductEventContractTest implements PinnedEventSamples<ProductEvent> {

    @Autowired
    JsonMapper json;

    static final String ID = "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11";
    static final Instant AT = Instant.parse("2026-05-21T02:00:00Z");

    static ProductSnapshot scarf(long priceVnd, String status) {
        return new ProductSnapshot(
                "Khăn lụa tơ tằm Vạn Phúc",
                "Khăn lụa dệt thủ công tại làng lụa Vạn Phúc, Hà Đông",
                "HANDICRAFT",
                5,
                priceVnd,
                "chiếc",
                "htx-lua-van-phuc",
                status,
                List.of("https://img.ocop-fair.vn/khan-lua-van-phuc.jpg"),
                new ProductSnapshot.Certificate(
                        "1521/QĐ-UBND", "UBND TP Hà Nội", LocalDate.parse("2024-04-12"), LocalDate.parse("2027-04-12")),
                "HTX Lụa Vạn Phúc",
                "Hà Nội");
    }

    static List<Arguments> samples() {
        return List.of(
                Arguments.of("ProductListed", new ProductListed(ID, 2, AT, scarf(450_000, "LISTED"))),
                Arguments.of(
                        "ProductUpdated", new ProductUpdated(ID, 3, AT.plusSeconds(3600), scarf(480_000, "LISTED"))),
                Arguments.of(
                        "ProductDelisted",
                        new ProductDelisted(
                                ID, 4, AT.plusSeconds(7200), scarf(480_000, "DELISTED"), "Giấy chứng nhận hết hạn")));
    }
}
