package vn.ocop.fair.order.ordering.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
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
 * Pins the JSON of each order event to a sample under {@code events/}; catalog-service's tests read
 * the same samples. Adding a field means updating the sample; removing or renaming one is a new v2
 * type.
 */
@JsonTest
class OrderEventContractTest {

    static final String ORDER = "5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90";
    static final String CUSTOMER = "khachhang-nguyen-van-an";
    static final Instant PLACED = Instant.parse("2026-05-21T02:00:00Z");

    @Autowired
    JsonMapper json;

    static List<Arguments> samples() {
        return List.of(
                Arguments.of(
                        "OrderPlaced",
                        new OrderPlaced(
                                ORDER,
                                CUSTOMER,
                                "tuan-hang-ocop-dong-da-2026",
                                List.of(
                                        new OrderPlaced.Line("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", 2, 450_000),
                                        new OrderPlaced.Line("7d41c2b8-95e0-4a3f-8b17-6e2a0c9d5f33", 1, 180_000)),
                                1_080_000,
                                PLACED)),
                Arguments.of(
                        "OrderCancelled", new OrderCancelled(ORDER, CUSTOMER, "Khách đổi ý", PLACED.plusSeconds(600))),
                Arguments.of(
                        "OrderRejected",
                        new OrderRejected(ORDER, CUSTOMER, "Sản phẩm đã hết hàng", PLACED.plusSeconds(2))),
                Arguments.of(
                        "OrderExpired",
                        new OrderExpired(ORDER, CUSTOMER, PLACED.plusSeconds(1800), PLACED.plusSeconds(1805))),
                Arguments.of(
                        "OrderFulfilled", new OrderFulfilled(ORDER, CUSTOMER, Instant.parse("2026-05-22T09:15:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serialisesToItsPinnedSample(String type, OrderEvent event) throws IOException {
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(sample(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsBackFromItsSample(String type, OrderEvent event) throws IOException {
        assertThat(json.treeToValue(sample(type), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void namesItsCloudEventsTypeAfterTheRecord(String type, OrderEvent event) {
        assertThat(event.cloudEventType()).isEqualTo("vn.ocop.fair.order." + type + ".v1");
        assertThat(event.orderId()).isEqualTo(ORDER);
    }

    @Test
    void anOrderOutsideAnyFairCarriesANullFair() {
        OrderPlaced online = new OrderPlaced(ORDER, CUSTOMER, null, List.of(), 0, PLACED);

        assertThat(json.readTree(json.writeValueAsString(online)).get("fairId").isNull())
                .isTrue();
    }

    private JsonNode sample(String type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + type + ".json")) {
            assertThat(in).as("sample events/%s.json", type).isNotNull();
            return json.readTree(in);
        }
    }
}
