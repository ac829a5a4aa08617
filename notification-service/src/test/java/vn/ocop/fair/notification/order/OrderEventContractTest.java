package vn.ocop.fair.notification.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.json.JsonMapper;

/** notification-service's copy reads every sample order-service pins for its events. */
class OrderEventContractTest {

    static final Path SAMPLES = Path.of("../order-service/src/test/resources/events");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @FieldSource("vn.ocop.fair.notification.order.OrderEventsHandler#READ")
    void readsTheOrderAndItsCustomerFromEveryEvent(String event) throws IOException {
        OrderCopy order = read(event).require();

        assertThat(order.orderId()).isEqualTo("5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90");
        assertThat(order.customerId()).isEqualTo("khachhang-nguyen-van-an");
        assertThat(order.fairId()).isEqualTo("7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73");
        assertThat(order.occurredAt()).isNotNull();
    }

    @Test
    void readsWhatAPlacedOrderTellsProducersAndLaterMessages() throws IOException {
        OrderCopy placed = read("OrderPlaced");

        assertThat(placed.lines())
                .extracting(OrderCopy.Line::producerId, OrderCopy.Line::productName, OrderCopy.Line::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("htx-lua-van-phuc", "Khăn lụa tơ tằm Vạn Phúc", 2),
                        org.assertj.core.groups.Tuple.tuple("htx-che-ba-vi", "Trà shan tuyết Ba Vì", 1));
        assertThat(placed.lines().get(0).unitPriceVnd()).isEqualTo(405_000L);
        assertThat(placed.totalVnd()).isEqualTo(990_000L);
        assertThat(placed.fulfilment().method()).isEqualTo("PICKUP");
        assertThat(placed.fulfilment().boothCode()).isEqualTo("A-01");
        assertThat(placed.contact().email()).isEqualTo("an.nguyen@example.vn");
    }

    @Test
    void readsDeadlinesReasonsAndPayments() throws IOException {
        assertThat(read("OrderConfirmed").paymentDueAt()).isEqualTo(Instant.parse("2026-05-21T03:00:01Z"));
        OrderCopy rejected = read("OrderRejected");
        assertThat(rejected.reason()).isEqualTo("Sản phẩm đã hết hàng");
        assertThat(rejected.lines().get(0).reason()).isEqualTo("OUT_OF_STOCK");
        assertThat(rejected.lines().get(0).available()).isZero();
        assertThat(read("OrderCancelled").cancelledBy()).isEqualTo("CUSTOMER");
        OrderCopy paid = read("OrderPaid");
        assertThat(paid.amountVnd()).isEqualTo(990_000L);
        assertThat(paid.reference()).isEqualTo("VCB-20260521-000123");
    }

    static OrderCopy read(String event) throws IOException {
        return JSON.readValue(Files.readString(SAMPLES.resolve(event + ".json")), OrderCopy.class);
    }
}
