package vn.ocop.fair.order.ordering.views;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/**
 * An order as its customer, organisers and operators see it: price snapshot, state, when it was
 * confirmed, paid and fulfilled, the payment's reference, the role that cancelled it ({@code
 * cancelledBy}: CUSTOMER, ORGANISER or OPERATOR) and the saga's timeline.
 */
public record OrderView(
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
        Instant confirmedAt,
        Instant paidAt,
        String paymentReference,
        Instant fulfilledAt,
        String cancelledBy,
        String reason,
        List<Order.RejectedLine> rejectedLines,
        List<Order.Step> timeline)
        implements VisibleOrder {

    public static OrderView of(Order o) {
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
                o.confirmedAt(),
                o.paidAt(),
                o.paymentReference(),
                o.fulfilledAt(),
                o.cancelledBy(),
                o.reason(),
                o.rejectedLines(),
                o.timeline());
    }

    /**
     * What a producer sees of an order that holds their products (README "Who sees what of an
     * order"): their own lines with totals over those lines only (line promotions, never the
     * order-wide voucher), and what they need to hand the goods over. For a PICKUP, the fair and
     * booth and, once the order is CONFIRMED (paid at the booth or before), the contact's name; for a
     * DELIVERY, the address (recipient, phone, street, commune, province) once the order is PAID or
     * FULFILLED. Never the customer's id, e-mail or contact phone, the other producers' lines, the
     * order's totals, voucher or timeline.
     *
     * @param pickupName the name to hand a pickup to, or null
     */
    public record ProducerLines(
            String orderId,
            String fairId,
            OrderStatus status,
            Instant placedAt,
            String paymentMethod,
            OrderPlaced.Fulfilment fulfilment,
            String pickupName,
            List<Order.Line> lines,
            long linesSubtotalVnd,
            long linesDiscountVnd,
            long linesTotalVnd)
            implements VisibleOrder {

        private static final Set<OrderStatus> HANDING_OVER =
                EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.PAID, OrderStatus.FULFILLED);
        private static final Set<OrderStatus> DELIVERING = EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLED);

        public static ProducerLines of(Order o, String producerId) {
            List<Order.Line> own = o.lines().stream()
                    .filter(l -> producerId.equals(l.producerId()))
                    .toList();
            long subtotal =
                    own.stream().mapToLong(l -> l.listPriceVnd() * l.quantity()).sum();
            long total =
                    own.stream().mapToLong(l -> l.unitPriceVnd() * l.quantity()).sum();
            OrderPlaced.Fulfilment f = o.fulfilment();
            boolean pickup = f != null && "PICKUP".equals(f.method());
            boolean delivery = f != null && "DELIVERY".equals(f.method());
            return new ProducerLines(
                    o.id(),
                    o.fairId(),
                    o.status(),
                    o.placedAt(),
                    o.paymentMethod(),
                    f == null
                            ? null
                            : new OrderPlaced.Fulfilment(
                                    f.method(),
                                    f.boothCode(),
                                    delivery && DELIVERING.contains(o.status()) ? f.address() : null),
                    pickup && HANDING_OVER.contains(o.status()) && o.contact() != null
                            ? o.contact().name()
                            : null,
                    own,
                    subtotal,
                    subtotal - total,
                    total);
        }
    }

    /** One page: {@code {items, page, size, total}}. */
    public record Page<T>(List<T> items, int page, int size, long total) {}
}
