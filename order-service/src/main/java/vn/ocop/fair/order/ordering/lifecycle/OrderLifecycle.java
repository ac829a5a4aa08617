package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.ordering.NotAllowed;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderAccess;
import vn.ocop.fair.order.ordering.OrderNotFound;
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
    private final OrderTransitions transitions;
    private final Clock clock;

    OrderLifecycle(Orders orders, Payments payments, OrderTransitions transitions, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** A customer cancels their own order before it is fulfilled; an organiser or operator any order. */
    Order cancel(String orderId, Caller caller, String reason) {
        Order order = visible(orderId, caller);
        if (!OrderAccess.mayCancel(caller, order)) {
            throw new NotAllowed("only the customer who placed it, an organiser or an operator cancels an order");
        }
        return transitions
                .end(order.cancel(OrderAccess.cancellationRole(caller), reason, clock.instant()), "cancelled")
                .orElseThrow(() -> conflict(orderId, "cancelled"));
    }

    /** An organiser or operator confirms the payment of a confirmed order (cash at the booth, a transfer). */
    Order pay(String orderId, Caller caller, String methodName, String reference) {
        Order order = visible(orderId, caller);
        PaymentMethod method = payments.find(methodName == null ? order.paymentMethod() : methodName)
                .orElseThrow(() -> new OrderRefused("unknown-payment-method", "no payment method " + methodName));
        return store(order.pay(method.name(), reference, caller.subject(), clock.instant()), "paid");
    }

    /** The customer has the goods; catalog commits the stock. */
    Order fulfil(String orderId, Caller caller) {
        Order order = visible(orderId, caller);
        return store(order.fulfil(caller.subject(), clock.instant()), "fulfilled");
    }

    /** Expires confirmed orders whose payment is overdue. */
    int expireOverdue(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (Order order : orders.confirmedUnpaidSince(now, limit)) {
            if (order.status() != OrderStatus.CONFIRMED) {
                continue; // the marker is removed with the state; not reached
            }
            if (transitions.end(order.expire(now), "expired").isPresent()) {
                expired++;
            }
        }
        return expired;
    }

    /** Stores the change; if the order moved meanwhile so that it no longer applies, 409. */
    private Order store(Order.Change change, String step) {
        return transitions
                .store(change, step)
                .orElseThrow(() -> conflict(change.order().id(), step));
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
