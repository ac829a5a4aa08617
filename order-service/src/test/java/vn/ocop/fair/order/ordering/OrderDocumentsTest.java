package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An order reads back from its document as it was written, with what each transition recorded. */
class OrderDocumentsTest {

    @ParameterizedTest(name = "a {0} order")
    @EnumSource(OrderStatus.class)
    void readsBackEveryFieldItWrote(OrderStatus status) {
        Order order = OrderTest.in(status);

        assertThat(OrderDocuments.fromDocument(OrderDocuments.toDocument(order)))
                .usingRecursiveComparison()
                .isEqualTo(order);
    }

    @Test
    void readsBackTheRoleThatCancelledAndTheLinesCatalogRefused() {
        Order cancelled = OrderTest.pending()
                .cancel("OPERATOR", "Nhầm đơn", OrderTest.NOW)
                .order();
        Order rejected = OrderTest.pending()
                .reject(
                        "Không đủ hàng",
                        List.of(new Order.RejectedLine("che-thai-nguyen", "OUT_OF_STOCK", 0)),
                        Instant.parse("2030-05-21T02:00:09Z"))
                .order();

        assertThat(OrderDocuments.fromDocument(OrderDocuments.toDocument(cancelled))
                        .cancelledBy())
                .isEqualTo("OPERATOR");
        assertThat(OrderDocuments.fromDocument(OrderDocuments.toDocument(rejected))
                        .rejectedLines())
                .containsExactly(new Order.RejectedLine("che-thai-nguyen", "OUT_OF_STOCK", 0));
    }
}
