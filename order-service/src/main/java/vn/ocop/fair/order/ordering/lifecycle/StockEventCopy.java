package vn.ocop.fair.order.ordering.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * order-service's trimmed copy of catalog's saga replies on {@code ocop.catalog.stock.v1}
 * ({@code StockReserved}, {@code StockReservationRejected}, {@code StockReleased},
 * {@code StockCommitted}): the order and, for a refusal, each line's reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StockEventCopy(String orderId, List<Line> lines, String cause) {

    StockEventCopy {
        if (orderId == null || orderId.isBlank()) {
            throw new UnreadableEvent("a stock event of the saga needs an orderId");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String productId, Integer quantity, String reason, Long available) {}

    List<Order.RejectedLine> refusedLines() {
        return lines == null
                ? List.of()
                : lines.stream()
                        .filter(l -> l.reason() != null)
                        .map(l -> new Order.RejectedLine(
                                l.productId(), l.reason(), l.available() == null ? 0 : l.available()))
                        .toList();
    }
}
