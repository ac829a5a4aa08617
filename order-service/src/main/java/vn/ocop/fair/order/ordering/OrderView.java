package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.List;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/** An order as its customer and the staff see it: price snapshot, state and the saga's timeline. */
record OrderView(
        String id,
        String customerId,
        String fairId,
        OrderStatus status,
        List<Order.Line> lines,
        long subtotalVnd,
        long discountVnd,
        String voucherCode,
        long voucherDiscountVnd,
        long totalVnd,
        OrderPlaced.Fulfilment fulfilment,
        OrderPlaced.Contact contact,
        String paymentMethod,
        Instant placedAt,
        Instant paymentDueAt,
        String reason,
        List<Order.RejectedLine> rejectedLines,
        List<Order.Step> timeline) {

    static OrderView of(Order o) {
        return new OrderView(
                o.id(),
                o.customerId(),
                o.fairId(),
                o.status(),
                o.lines(),
                o.subtotalVnd(),
                o.discountVnd(),
                o.voucherCode(),
                o.voucherDiscountVnd(),
                o.totalVnd(),
                o.fulfilment(),
                o.contact(),
                o.paymentMethod(),
                o.placedAt(),
                o.paymentDueAt(),
                o.reason(),
                o.rejectedLines(),
                o.timeline());
    }

    /** What a producer sees of an order: its state, the pickup and their own lines only. */
    record ProducerLines(
            String orderId,
            String fairId,
            OrderStatus status,
            Instant placedAt,
            OrderPlaced.Fulfilment fulfilment,
            List<Order.Line> lines) {

        static ProducerLines of(Order o, String producerId) {
            OrderPlaced.Fulfilment f = o.fulfilment();
            return new ProducerLines(
                    o.id(),
                    o.fairId(),
                    o.status(),
                    o.placedAt(),
                    f == null ? null : new OrderPlaced.Fulfilment(f.method(), f.boothCode(), null),
                    o.lines().stream()
                            .filter(l -> producerId.equals(l.producerId()))
                            .toList());
        }
    }

    /** One page: {@code {items, page, size, total}}. */
    record Page<T>(List<T> items, int page, int size, long total) {}
}
