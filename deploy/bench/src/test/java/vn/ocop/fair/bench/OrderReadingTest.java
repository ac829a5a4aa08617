package vn.ocop.fair.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class OrderReadingTest {

    private static Placement placement() {
        return new Placement("p1", "key", "bench-x-c1", "token", "product", 1, "{}", 1_000);
    }

    @Test
    void takesTheDecisionTimeFromTheTimelineAndCountsDealUnits() {
        Placement p = placement();
        Document order = new Document("status", "CONFIRMED")
                .append(
                        "timeline",
                        List.of(
                                new Document("step", "PLACED").append("at", new Date(1_100)),
                                new Document("step", "CONFIRMED").append("at", new Date(1_250))))
                .append(
                        "lines",
                        List.of(
                                new Document("quantity", 1).append("flashDeal", true),
                                new Document("quantity", 2).append("flashDeal", false)));

        OrderStates.read(order, p);

        assertThat(p.status).isEqualTo("CONFIRMED");
        assertThat(p.finalAtMillis).isEqualTo(1_250);
        assertThat(p.dealUnits).isEqualTo(1);
        assertThat(p.isFinal()).isTrue();
    }

    @Test
    void anOrderWithoutADecisionIsStillPending() {
        Placement p = placement();
        OrderStates.read(
                new Document("status", "PENDING")
                        .append("timeline", List.of(new Document("step", "PLACED").append("at", new Date(1_100)))),
                p);

        assertThat(p.isFinal()).isFalse();
    }

    @Test
    void readsTheOrderIdFromTheAnswerAndSortsOutcomes() {
        Placement placed = placement();
        placed.answered(201, "{\"id\":\"6f1c2d3e-aaaa-bbbb-cccc-000000000001\",\"customerId\":\"x\"}");
        Placement refused = placement();
        refused.answered(422, "{\"type\":\"https://ocop-fair.vn/problems/no-lines\"}");
        Placement unknown = placement();
        unknown.answered(503, "");

        assertThat(placed.orderId).isEqualTo("6f1c2d3e-aaaa-bbbb-cccc-000000000001");
        assertThat(placed.outcome).isEqualTo(Placement.Outcome.PLACED);
        assertThat(refused.outcome).isEqualTo(Placement.Outcome.REFUSED);
        assertThat(unknown.outcome).isEqualTo(Placement.Outcome.UNKNOWN);
    }

    @Test
    void findsTheOrderReferenceInANotificationSubject() {
        assertThat(NotificationCheck.orderRef("6f1c2d3e-aaaa-bbbb-cccc-000000000001"))
                .isEqualTo("6F1C2D3E");
        assertThat(NotificationCheck.reference("Đơn hàng 6F1C2D3E đã được xác nhận"))
                .isEqualTo("6F1C2D3E");
        assertThat(NotificationCheck.reference("Order 6F1C2D3E could not be accepted"))
                .isEqualTo("6F1C2D3E");
    }
}
