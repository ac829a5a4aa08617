package vn.ocop.fair.order.ordering;

import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.ordering.events.OrderCancelled;
import vn.ocop.fair.order.ordering.events.OrderExpired;
import vn.ocop.fair.order.ordering.events.OrderFulfilled;
import vn.ocop.fair.order.ordering.events.OrderPaid;
import vn.ocop.fair.order.payment.PaymentMethod;
import vn.ocop.fair.order.payment.Payments;

/** What people (and the sweeper) do to an order after it is placed: cancel, pay, fulfil, expire. */
@Service
class OrderLifecycle {

    private final Orders orders;
    private final Payments payments;
    private final OrderOutbox outbox;
    private final OrderAllowances allowances;
    private final OrderMetrics metrics;
    private final Clock clock;

    OrderLifecycle(
            Orders orders,
            Payments payments,
            OrderOutbox outbox,
            OrderAllowances allowances,
            OrderMetrics metrics,
            Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.outbox = outbox;
        this.allowances = allowances;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A customer cancels their own order before it is fulfilled; an organiser or operator any order. */
    Order cancel(String orderId, Caller caller, String reason) {
        Order order = visible(orderId, caller);
        if (!caller.isStaff() && !(caller.isCustomer() && order.isOf(caller.subject()))) {
            throw new NotAllowed("only the customer who placed it, an organiser or an operator cancels an order");
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? "Cancelled by " + caller.role() : reason;
        OrderCancelled event = new OrderCancelled(orderId, order.customerId(), order.fairId(), caller.role(), why, now);
        Order cancelled = orders.transition(
                        orderId,
                        OrderStatus.CANCELLED,
                        Updates.combine(Updates.set("reason", why), Updates.set("cancelledBy", caller.subject())),
                        new Order.Step("CANCELLED", now, why + " (" + caller.role() + ")"),
                        outbox.entry(event))
                .orElseThrow(() -> conflict(orderId, "cancelled"));
        outbox.written(orderId);
        allowances.giveBack(cancelled);
        metrics.outcome(cancelled, "cancelled");
        return cancelled;
    }

    /** An organiser or operator confirms the payment of a confirmed order (cash at the booth, a transfer). */
    Order pay(String orderId, Caller caller, String methodName, String reference) {
        Order order = visible(orderId, caller);
        PaymentMethod method = payments.find(methodName == null ? order.paymentMethod() : methodName)
                .orElseThrow(() -> new OrderRefused("unknown-payment-method", "no payment method " + methodName));
        Instant now = clock.instant();
        OrderPaid event = new OrderPaid(
                orderId,
                order.customerId(),
                order.fairId(),
                method.name(),
                order.totalVnd(),
                reference,
                caller.subject(),
                now);
        Order paid = orders.transition(
                        orderId,
                        OrderStatus.PAID,
                        Updates.combine(
                                Updates.set("paidAt", OrderDocuments.date(now)),
                                Updates.set("paymentMethod", method.name()),
                                Updates.set("paymentReference", reference)),
                        new Order.Step("PAID", now, method.name() + " confirmed by " + caller.subject()),
                        outbox.entry(event))
                .orElseThrow(() -> conflict(orderId, "paid"));
        outbox.written(orderId);
        metrics.outcome(paid, "paid");
        return paid;
    }

    /** The customer has the goods; catalog commits the stock. */
    Order fulfil(String orderId, Caller caller) {
        Order order = visible(orderId, caller);
        Instant now = clock.instant();
        OrderFulfilled event = new OrderFulfilled(orderId, order.customerId(), order.fairId(), now);
        Order fulfilled = orders.transition(
                        orderId,
                        OrderStatus.FULFILLED,
                        Updates.set("fulfilledAt", OrderDocuments.date(now)),
                        new Order.Step("FULFILLED", now, "Handed over, confirmed by " + caller.subject()),
                        outbox.entry(event))
                .orElseThrow(() -> conflict(orderId, "fulfilled"));
        outbox.written(orderId);
        metrics.outcome(fulfilled, "fulfilled");
        return fulfilled;
    }

    /** Expires confirmed orders whose payment is overdue. */
    int expireOverdue(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (Order order : orders.confirmedUnpaidSince(now, limit)) {
            OrderExpired event =
                    new OrderExpired(order.id(), order.customerId(), order.fairId(), order.paymentDueAt(), now);
            var done = orders.transition(
                    order.id(),
                    OrderStatus.EXPIRED,
                    Updates.set("reason", "Not paid by " + order.paymentDueAt()),
                    new Order.Step("EXPIRED", now, "Not paid by " + order.paymentDueAt()),
                    outbox.entry(event));
            if (done.isPresent()) {
                outbox.written(order.id());
                allowances.giveBack(done.get());
                metrics.outcome(done.get(), "expired");
                expired++;
            }
        }
        return expired;
    }

    private Order visible(String orderId, Caller caller) {
        return orders.find(orderId).filter(caller::maySee).orElseThrow(() -> new OrderNotFound(orderId));
    }

    private OrderStateConflict conflict(String orderId, String step) {
        OrderStatus now = orders.find(orderId).map(Order::status).orElse(null);
        return new OrderStateConflict(orderId, now, step);
    }
}
