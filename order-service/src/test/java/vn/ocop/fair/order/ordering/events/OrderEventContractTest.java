package vn.ocop.fair.order.ordering.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.testsupport.PinnedEventSamples;

/**
 * Pins the JSON of each order event to a sample under {@code events/}; catalog-service's tests read
 * the same samples. Adding a field means updating the sample; removing or renaming one is a new v2
 * type.
 */
@JsonTest
class OrderEventContractTest implements PinnedEventSamples<OrderEvent> {

    static final String ORDER = "5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90";
    static final String CUSTOMER = "khachhang-nguyen-van-an";
    static final Instant PLACED = Instant.parse("2026-05-21T02:00:00Z");

    @Autowired
    JsonMapper json;

    static final String FAIR = "7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73";

    static List<Arguments> samples() {
        return List.of(
                Arguments.of(
                        "OrderPlaced",
                        new OrderPlaced(
                                ORDER,
                                CUSTOMER,
                                FAIR,
                                List.of(
                                        new OrderPlaced.Line(
                                                "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11",
                                                "Khăn lụa tơ tằm Vạn Phúc",
                                                "htx-lua-van-phuc",
                                                2,
                                                450_000,
                                                405_000,
                                                90_000,
                                                "9c3e1a57-2b8d-4f06-a4e9-7d5b0c2f1e83"),
                                        new OrderPlaced.Line(
                                                "7d41c2b8-95e0-4a3f-8b17-6e2a0c9d5f33",
                                                "Trà shan tuyết Ba Vì",
                                                "htx-che-ba-vi",
                                                1,
                                                180_000,
                                                180_000,
                                                0,
                                                null)),
                                1_080_000,
                                90_000,
                                null,
                                0,
                                990_000,
                                new OrderPlaced.Fulfilment("PICKUP", "A-01", null),
                                new OrderPlaced.Contact("Nguyễn Văn An", "an.nguyen@example.vn", "0912345678"),
                                PLACED)),
                Arguments.of(
                        "OrderConfirmed",
                        new OrderConfirmed(
                                ORDER,
                                CUSTOMER,
                                FAIR,
                                990_000,
                                Instant.parse("2026-05-21T03:00:01Z"),
                                PLACED.plusSeconds(1))),
                Arguments.of(
                        "OrderRejected",
                        new OrderRejected(
                                ORDER,
                                CUSTOMER,
                                FAIR,
                                "Sản phẩm đã hết hàng",
                                List.of(new OrderRejected.Line(
                                        "7d41c2b8-95e0-4a3f-8b17-6e2a0c9d5f33", "OUT_OF_STOCK", 0)),
                                PLACED.plusSeconds(2))),
                Arguments.of(
                        "OrderCancelled",
                        new OrderCancelled(ORDER, CUSTOMER, FAIR, "CUSTOMER", "Khách đổi ý", PLACED.plusSeconds(600))),
                Arguments.of(
                        "OrderExpired",
                        new OrderExpired(ORDER, CUSTOMER, FAIR, PLACED.plusSeconds(1800), PLACED.plusSeconds(1805))),
                Arguments.of(
                        "OrderPaid",
                        new OrderPaid(
                                ORDER,
                                CUSTOMER,
                                FAIR,
                                "BANK_TRANSFER",
                                990_000,
                                "VCB-20260521-000123",
                                "bantochuc",
                                PLACED.plusSeconds(1200))),
                Arguments.of(
                        "OrderFulfilled",
                        new OrderFulfilled(ORDER, CUSTOMER, FAIR, Instant.parse("2026-05-22T09:15:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void namesItsCloudEventsTypeAfterTheRecord(String type, OrderEvent event) {
        assertThat(event.cloudEventType()).isEqualTo("vn.ocop.fair.order." + type + ".v1");
        assertThat(event.orderId()).isEqualTo(ORDER);
    }

    @Test
    void anOrderOutsideAnyFairCarriesANullFair() {
        OrderPlaced online = new OrderPlaced(ORDER, CUSTOMER, null, List.of(), 0, 0, null, 0, 0, null, null, PLACED);

        assertThat(json.readTree(json.writeValueAsString(online)).get("fairId").isNull())
                .isTrue();
    }
}
