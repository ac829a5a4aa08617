package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.ordering.NotAllowed;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderAccess;
import vn.ocop.fair.order.ordering.OrderMetrics;
import vn.ocop.fair.order.ordering.OrderNotFound;
import vn.ocop.fair.order.ordering.OrderOutbox;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.ordering.OrderStateConflict;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.order.payment.PaymentMethod;
import vn.ocop.fair.order.payment.Payments;
import vn.ocop.fair.support.security.Caller;

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
        if (!OrderAccess.mayCancel(caller, order)) {
            throw new NotAllowed("only the customer who placed it, an organiser or an operator cancels an order");
        }
        Order cancelled =
                store(order.cancel(OrderAccess.cancellationRole(caller), reason, clock.instant()), "cancelled");
        allowances.giveBack(cancelled);
        metrics.outcome(cancelled, "cancelled");
        return cancelled;
    }

    /** An organiser or operator confirms the payment of a confirmed order (cash at the booth, a transfer). */
    Order pay(String orderId, Caller caller, String methodName, String reference) {
        Order order = visible(orderId, caller);
        PaymentMethod method = payments.find(methodName == null ? order.paymentMethod() : methodName)
                .orElseThrow(() -> new OrderRefused("unknown-payment-method", "no payment method " + methodName));
        Order paid = store(order.pay(method.name(), reference, caller.subject(), clock.instant()), "paid");
        metrics.outcome(paid, "paid");
        return paid;
    }

    /** The customer has the goods; catalog commits the stock. */
    Order fulfil(String orderId, Caller caller) {
        Order order = visible(orderId, caller);
        Order fulfilled = store(order.fulfil(caller.subject(), clock.instant()), "fulfilled");
        metrics.outcome(fulfilled, "fulfilled");
        return fulfilled;
    }

    /** Expires confirmed orders whose payment is overdue. */
    int expireOverdue(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (Order order : orders.confirmedUnpaidSince(now, limit)) {
            if (order.status() != OrderStatus.CONFIRMED) {
                continue; // the marker is removed with the state; not reached
            }
            var done = orders.save(order.expire(now));
            if (done.isPresent()) {
                outbox.written(order.id());
                allowances.giveBack(done.get());
                metrics.outcome(done.get(), "expired");
                expired++;
            }
        }
        return expired;
    }

    /** Stores the change; if the order moved meanwhile so that it no longer applies, 409. */
    private Order store(Order.Change change, String step) {
        String orderId = change.order().id();
        Order after = orders.save(change).orElseThrow(() -> conflict(orderId, step));
        outbox.written(orderId);
        return after;
    }

    private Order visible(String orderId, Caller caller) {
        return orders.find(orderId)
                .filter(order -> OrderAccess.maySee(caller, order))
                .orElseThrow(() -> new OrderNotFound(orderId));
    }

    private OrderStateConflict conflict(String orderId, String step) {
        OrderStatus now = orders.find(orderId).map(Order::status).orElse(null);
        return new OrderStateConflict(orderId, now, step);
    }
}
