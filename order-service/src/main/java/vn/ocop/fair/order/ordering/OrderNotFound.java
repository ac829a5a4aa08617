package vn.ocop.fair.order.ordering;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

/** No such order, or not one the caller may see (a customer reading another's order). */
public class OrderNotFound extends NotFound {

    public OrderNotFound(String id) {
        super("order-not-found", "Order not found", "No order " + id);
    }
}
