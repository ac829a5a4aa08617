package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.fair.order.ordering.events.OrderCancelled;
import vn.ocop.fair.order.ordering.events.OrderConfirmed;
import vn.ocop.fair.order.ordering.events.OrderEvent;
import vn.ocop.fair.order.ordering.events.OrderExpired;
import vn.ocop.fair.order.ordering.events.OrderFulfilled;
import vn.ocop.fair.order.ordering.events.OrderPaid;
import vn.ocop.fair.order.ordering.events.OrderPlaced;
import vn.ocop.fair.order.ordering.events.OrderRejected;

/**
 * An order with its price snapshot, its state and its timeline. Every transition (confirm, reject,
 * pay, fulfil, cancel, expire, and publishing OrderPlaced again) checks that the order is in a
 * state it starts from ({@link OrderStatus#reachedFrom()}) and answers the order after it with the
 * event it raised; from any other state it throws {@link OrderStateConflict}. {@link Orders} stores
 * a change with one update that applies only if the stored order still is in such a state.
 *
 * @param fairEndsAt when its fair closes, as the fair read model said at placement (cash on pickup
 *     falls due then); null without a fair, and for orders stored before it was kept
 * @param flashClaims the flash-deal units it took, given back if it does not go ahead
 * @param placeAttempts how often OrderPlaced was published (the reconciler publishes it again)
 * @param confirmedAt when catalog's reservation confirmed it, or null
 * @param paidAt when its payment was confirmed, or null
 * @param paymentReference the bank's or provider's reference of the payment, or null (cash)
 * @param fulfilledAt when the customer had the goods, or null
 * @param cancelledBy the role that cancelled it — CUSTOMER, ORGANISER or OPERATOR, as in
 *     OrderCancelled — or null (orders cancelled before this was a role hold the user's id)
 */
public record Order(
        String id,
        String customerId,
        String fairId,
        OrderStatus status,
        List<Line> lines,
        long subtotalVnd,
        long discountVnd,
        String voucherCode,
        String voucherPromotionId,
        long voucherDiscountVnd,
        long totalVnd,
        OrderPlaced.Fulfilment fulfilment,
        OrderPlaced.Contact contact,
        String paymentMethod,
        Instant placedAt,
        Instant paymentDueAt,
        Instant fairEndsAt,
        String reason,
        List<RejectedLine> rejectedLines,
        List<Step> timeline,
        List<FlashClaim> flashClaims,
        int placeAttempts,
        Instant confirmedAt,
        Instant paidAt,
        String paymentReference,
        Instant fulfilledAt,
        String cancelledBy) {

    public Order {
        lines = List.copyOf(lines);
        rejectedLines = rejectedLines == null ? List.of() : List.copyOf(rejectedLines);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        flashClaims = flashClaims == null ? List.of() : List.copyOf(flashClaims);
    }

    /**
     * One priced line.
     *
     * @param flashDeal whether its units were sold at a flash deal's price
     */
    public record Line(
            String productId,
            String productName,
            String producerId,
            int quantity,
            long listPriceVnd,
            long unitPriceVnd,
            long discountVnd,
            String promotionId,
            boolean flashDeal) {}

    /** A line catalog could not reserve, with catalog's reason. */
    public record RejectedLine(String productId, String reason, long available) {}

    /** One step of the order's saga, as customers and operators see it. */
    public record Step(String step, Instant at, String note) {}

    public record FlashClaim(String promotionId, int units) {}

    /**
     * What an order is placed with: the customer's request, priced.
     *
     * @param fairEndsAt when the fair closes, as its read model says now; null without a fair
     * @param flashClaims the flash-deal units taken for it
     */
    public record Placing(
            String id,
            String customerId,
            String fairId,
            List<Line> lines,
            Totals totals,
            OrderPlaced.Fulfilment fulfilment,
            OrderPlaced.Contact contact,
            String paymentMethod,
            Instant fairEndsAt,
            List<FlashClaim> flashClaims) {}

    /**
     * The order's price, whole đồng.
     *
     * @param discountVnd line promotions and the voucher together
     * @param voucherPromotionId the voucher's promotion, or null
     */
    public record Totals(
            long subtotalVnd,
            long discountVnd,
            String voucherCode,
            String voucherPromotionId,
            long voucherDiscountVnd,
            long totalVnd) {}

    /**
     * A transition the order went through: the order after it and the event it raised. The step it
     * added to the timeline is the order's last.
     */
    public record Change(Order order, OrderEvent event) {

        public Step step() {
            return order.timeline().get(order.timeline().size() - 1);
        }
    }

    /** A new PENDING order; its OrderPlaced starts the saga with catalog. */
    public static Change place(Placing p, Instant now) {
        Order order = new Order(
                p.id(),
                p.customerId(),
                p.fairId(),
                OrderStatus.PENDING,
                p.lines(),
                p.totals().subtotalVnd(),
                p.totals().discountVnd(),
                p.totals().voucherCode(),
                p.totals().voucherPromotionId(),
                p.totals().voucherDiscountVnd(),
                p.totals().totalVnd(),
                p.fulfilment(),
                p.contact(),
                p.paymentMethod(),
                now,
                null,
                p.fairEndsAt(),
                null,
                List.of(),
                List.of(new Step("PLACED", now, "Waiting for catalog to reserve the stock")),
                p.flashClaims(),
                1,
                null,
                null,
                null,
                null,
                null);
        return new Change(order, order.placedEvent());
    }

    /** PENDING, catalog did not answer yet: OrderPlaced once more (catalog's reservation is idempotent per order). */
    public Change placeAgain(Instant now) {
        if (status != OrderStatus.PENDING) {
            throw new OrderStateConflict(id, status, "placed again");
        }
        Next next = new Next(this);
        next.placeAttempts = placeAttempts + 1;
        return new Change(
                next.noting(new Step(
                        "PLACED_AGAIN",
                        now,
                        "No answer from catalog yet: OrderPlaced published again (attempt " + next.placeAttempts
                                + ")")),
                placedEvent());
    }

    /** PENDING → CONFIRMED: catalog reserved every line; the order waits for payment until {@code dueAt}. */
    public Change confirm(Instant dueAt, Instant now) {
        Next next = moveTo(OrderStatus.CONFIRMED, "confirmed");
        next.confirmedAt = now;
        next.paymentDueAt = dueAt;
        return new Change(
                next.noting(new Step("CONFIRMED", now, "Catalog reserved the stock; payment due by " + dueAt)),
                new OrderConfirmed(id, customerId, fairId, totalVnd, dueAt, now));
    }

    /** PENDING → REJECTED: catalog could not reserve the lines, or never answered. */
    public Change reject(String why, List<RejectedLine> refused, Instant now) {
        Next next = moveTo(OrderStatus.REJECTED, "rejected");
        next.reason = why;
        next.rejectedLines = refused;
        return new Change(
                next.noting(new Step("REJECTED", now, why)),
                new OrderRejected(
                        id,
                        customerId,
                        fairId,
                        why,
                        refused.stream()
                                .map(l -> new OrderRejected.Line(l.productId(), l.reason(), (int) l.available()))
                                .toList(),
                        now));
    }

    /**
     * PENDING, CONFIRMED or PAID → CANCELLED.
     *
     * @param by the role cancelling: CUSTOMER, ORGANISER or OPERATOR
     * @param why the reason given; without one, "Cancelled by" the role
     */
    public Change cancel(String by, String why, Instant now) {
        Next next = moveTo(OrderStatus.CANCELLED, "cancelled");
        next.reason = why == null || why.isBlank() ? "Cancelled by " + by : why;
        next.cancelledBy = by;
        return new Change(
                next.noting(new Step("CANCELLED", now, next.reason + " (" + by + ")")),
                new OrderCancelled(id, customerId, fairId, by, next.reason, now));
    }

    /**
     * CONFIRMED → PAID.
     *
     * @param method the payment method it was paid with (may differ from the one chosen)
     * @param reference the bank's or provider's reference, or null
     * @param confirmedBy who confirmed the payment: a user's id or the provider
     */
    public Change pay(String method, String reference, String confirmedBy, Instant now) {
        Next next = moveTo(OrderStatus.PAID, "paid");
        next.paidAt = now;
        next.paymentMethod = method;
        next.paymentReference = reference;
        return new Change(
                next.noting(new Step("PAID", now, method + " confirmed by " + confirmedBy)),
                new OrderPaid(id, customerId, fairId, method, totalVnd, reference, confirmedBy, now));
    }

    /** PAID → FULFILLED: the customer has the goods; catalog commits the stock. */
    public Change fulfil(String confirmedBy, Instant now) {
        Next next = moveTo(OrderStatus.FULFILLED, "fulfilled");
        next.fulfilledAt = now;
        return new Change(
                next.noting(new Step("FULFILLED", now, "Handed over, confirmed by " + confirmedBy)),
                new OrderFulfilled(id, customerId, fairId, now));
    }

    /** CONFIRMED → EXPIRED: not paid by {@link #paymentDueAt}. */
    public Change expire(Instant now) {
        Next next = moveTo(OrderStatus.EXPIRED, "expired");
        next.reason = "Not paid by " + paymentDueAt;
        return new Change(
                next.noting(new Step("EXPIRED", now, next.reason)),
                new OrderExpired(id, customerId, fairId, paymentDueAt, now));
    }

    public boolean isOf(String customer) {
        return customerId.equals(customer);
    }

    public boolean hasProductsOf(String producerId) {
        return producerId != null && lines.stream().anyMatch(l -> producerId.equals(l.producerId()));
    }

    /** Whether it gives back what it took (stock, flash units, voucher use): it did not go ahead. */
    public boolean released() {
        return status.releases();
    }

    private Next moveTo(OrderStatus target, String step) {
        if (!target.reachedFrom().contains(status)) {
            throw new OrderStateConflict(id, status, step);
        }
        Next next = new Next(this);
        next.status = target;
        return next;
    }

    /**
     * The order a transition makes: what transitions change, set one by one; the rest (id,
     * customer, lines, price, fulfilment, contact, placement) stays as it was.
     */
    private static final class Next {

        private final Order before;
        OrderStatus status;
        String paymentMethod;
        Instant paymentDueAt;
        String reason;
        List<RejectedLine> rejectedLines;
        int placeAttempts;
        Instant confirmedAt;
        Instant paidAt;
        String paymentReference;
        Instant fulfilledAt;
        String cancelledBy;

        Next(Order before) {
            this.before = before;
            this.status = before.status;
            this.paymentMethod = before.paymentMethod;
            this.paymentDueAt = before.paymentDueAt;
            this.reason = before.reason;
            this.rejectedLines = before.rejectedLines;
            this.placeAttempts = before.placeAttempts;
            this.confirmedAt = before.confirmedAt;
            this.paidAt = before.paidAt;
            this.paymentReference = before.paymentReference;
            this.fulfilledAt = before.fulfilledAt;
            this.cancelledBy = before.cancelledBy;
        }

        /** The order after the transition, its step added to the timeline. */
        Order noting(Step step) {
            List<Step> timeline = new ArrayList<>(before.timeline);
            timeline.add(step);
            Order o = before;
            return new Order(
                    o.id,
                    o.customerId,
                    o.fairId,
                    status,
                    o.lines,
                    o.subtotalVnd,
                    o.discountVnd,
                    o.voucherCode,
                    o.voucherPromotionId,
                    o.voucherDiscountVnd,
                    o.totalVnd,
                    o.fulfilment,
                    o.contact,
                    paymentMethod,
                    o.placedAt,
                    paymentDueAt,
                    o.fairEndsAt,
                    reason,
                    rejectedLines,
                    timeline,
                    o.flashClaims,
                    placeAttempts,
                    confirmedAt,
                    paidAt,
                    paymentReference,
                    fulfilledAt,
                    cancelledBy);
        }
    }

    /** The event that starts the saga; published again, unchanged, by the reconciler. */
    OrderPlaced placedEvent() {
        return new OrderPlaced(
                id,
                customerId,
                fairId,
                lines.stream()
                        .map(l -> new OrderPlaced.Line(
                                l.productId(),
                                l.productName(),
                                l.producerId(),
                                l.quantity(),
                                l.listPriceVnd(),
                                l.unitPriceVnd(),
                                l.discountVnd(),
                                l.promotionId()))
                        .toList(),
                subtotalVnd,
                discountVnd,
                voucherCode,
                voucherDiscountVnd,
                totalVnd,
                fulfilment,
                contact,
                placedAt);
    }
}
