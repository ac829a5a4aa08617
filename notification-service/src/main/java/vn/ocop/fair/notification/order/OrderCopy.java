package vn.ocop.fair.notification.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * notification-service's trimmed copy of every event on {@code ocop.orders.v1} (OrderPlaced,
 * Confirmed, Rejected, Cancelled, Expired, Paid, Fulfilled): the fields it shows, each null when an
 * event type does not carry it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderCopy(
        String orderId,
        String customerId,
        String fairId,
        List<Line> lines,
        Long totalVnd,
        Fulfilment fulfilment,
        Contact contact,
        String reason,
        String cancelledBy,
        Instant paymentDueAt,
        String method,
        Long amountVnd,
        String reference,
        Instant occurredAt) {

    OrderCopy {
        lines = lines == null ? List.of() : lines;
    }

    /** A line of OrderPlaced, or a refused line of OrderRejected (reason, available). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(
            String productId,
            String productName,
            String producerId,
            Integer quantity,
            Long unitPriceVnd,
            String reason,
            Integer available) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fulfilment(String method, String boothCode, Address address) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String recipient, String phone, String street, String commune, String province) {

        String oneLine() {
            return String.join(
                    ", ",
                    java.util.stream.Stream.of(street, commune, province)
                            .filter(s -> s != null && !s.isBlank())
                            .toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String name, String email, String phone) {}

    OrderCopy require() {
        if (orderId == null || orderId.isBlank() || customerId == null || customerId.isBlank()) {
            throw new UnreadableEvent("an order event needs its orderId and customerId");
        }
        return this;
    }
}
