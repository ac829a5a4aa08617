package vn.ocop.fair.order.ordering;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;

/** The order is not in a state the asked step starts from (e.g. paying a cancelled order). */
public class OrderStateConflict extends Conflict {

    public OrderStateConflict(String id, OrderStatus status, String step) {
        super("order-state-conflict", "Not in this state", "Order " + id + " is " + status + ": it cannot be " + step);
    }
}
