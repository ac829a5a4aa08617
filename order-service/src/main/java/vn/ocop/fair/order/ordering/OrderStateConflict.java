package vn.ocop.fair.order.ordering;

/** The order is not in a state the asked step starts from (e.g. paying a cancelled order). */
public class OrderStateConflict extends RuntimeException {

    public OrderStateConflict(String id, OrderStatus status, String step) {
        super("Order " + id + " is " + status + ": it cannot be " + step);
    }
}
