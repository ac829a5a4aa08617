package vn.ocop.fair.event.fair.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the JSON of each fair event event-service publishes to a sample under {@code events/};
 * consumers' tests (catalog-service's, for the booth events) read the same samples. Adding a field
 * means updating the sample; removing or renaming one is a new v2 type.
 */
@JsonTest
class FairEventContractTest {

    @Autowired
    JsonMapper json;

    static final String FAIR = "7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73";

    static List<Arguments> samples() {
        return List.of(
                Arguments.of(
                        "BoothAssigned",
                        new BoothAssigned(
                                FAIR,
                                "A-01",
                                "Khu A — Thủ công mỹ nghệ",
                                "htx-lua-van-phuc",
                                List.of("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", "5e2a9c7b-1d3f-4b6e-8a20-9f4c3e1b7d52"),
                                "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                                LocalDate.parse("2026-05-21"),
                                LocalDate.parse("2026-05-25"),
                                Instant.parse("2026-05-10T03:00:00Z"))),
                Arguments.of(
                        "BoothReleased",
                        new BoothReleased(
                                FAIR,
                                "A-01",
                                "htx-lua-van-phuc",
                                Instant.parse("2026-05-12T08:30:00Z"),
                                "Chủ thể xin rút khỏi hội chợ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serialisesToItsPinnedSample(String type, FairEvent event) throws IOException {
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(sample(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsBackFromItsSample(String type, FairEvent event) throws IOException {
        assertThat(json.treeToValue(sample(type), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isTypedAsAnEventServiceCloudEvent(String type, FairEvent event) {
        assertThat(event.cloudEventType()).isEqualTo("vn.ocop.fair.event." + type + ".v1");
    }

    @Test
    void travelsOnTheFairsTopic() {
        assertThat(FairEvent.TOPIC).isEqualTo("ocop.fairs.v1");
    }

    private JsonNode sample(String type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + type + ".json")) {
            assertThat(in).as("sample events/%s.json", type).isNotNull();
            return json.readTree(in);
        }
    }
}
