package vn.ocop.fair.order.ordering.events;

import java.time.Instant;
import java.util.List;

/**
 * The order cannot go ahead (e.g. catalog could not reserve its stock).
 *
 * @param reason why, in words for people
 * @param lines the lines that could not be had, with catalog's reasons; empty when none applies
 */
public record OrderRejected(
        String orderId, String customerId, String fairId, String reason, List<Line> lines, Instant occurredAt)
        implements OrderEvent {

    public OrderRejected {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** @param reason OUT_OF_STOCK, DELISTED, UNKNOWN_PRODUCT… (catalog's codes) */
    public record Line(String productId, String reason, int available) {}
}
