package vn.ocop.fair.catalog.reservation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import vn.ocop.fair.catalog.stock.events.StockLine;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * Catalog's trimmed copy of order-service's events on {@code ocop.orders.v1}: the order, and for
 * {@code OrderPlaced} its lines. Fields it does not read (customer, prices, reasons…) are ignored,
 * so order-service may add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderEventCopy(String orderId, List<Line> lines, Instant occurredAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String productId, Integer quantity) {}

    String requireOrderId() {
        if (orderId == null || orderId.isBlank()) {
            throw new UnreadableEvent("an order event needs its orderId");
        }
        return orderId;
    }

    /** The reservation an OrderPlaced asks for. */
    Reservation toReservation() {
        String id = requireOrderId();
        if (lines == null || lines.isEmpty()) {
            throw new UnreadableEvent("OrderPlaced " + id + " has no lines");
        }
        List<StockLine> wanted = lines.stream()
                .map(l -> {
                    if (l == null
                            || l.productId() == null
                            || l.productId().isBlank()
                            || l.quantity() == null
                            || l.quantity() <= 0) {
                        throw new UnreadableEvent("OrderPlaced " + id + " has a line without product or quantity");
                    }
                    return new StockLine(l.productId(), l.quantity());
                })
                .toList();
        return Reservation.placed(id, wanted, occurredAt);
    }
}
