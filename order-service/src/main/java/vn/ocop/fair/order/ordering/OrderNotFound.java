package vn.ocop.fair.order.ordering;

/** No such order, or not one the caller may see (a customer reading another's order). */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(String id) {
        super("No order " + id);
    }
}
