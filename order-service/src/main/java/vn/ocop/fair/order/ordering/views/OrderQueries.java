package vn.ocop.fair.order.ordering.views;

import org.springframework.stereotype.Service;
import vn.ocop.fair.order.ordering.NotAllowed;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderAccess;
import vn.ocop.fair.order.ordering.OrderNotFound;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.support.security.Caller;

/** Who sees which orders: a customer their own, staff by fair and producer, a producer their lines. */
@Service
class OrderQueries {

    private final Orders orders;

    OrderQueries(Orders orders) {
        this.orders = orders;
    }

    Order get(String orderId, Caller caller) {
        return orders.find(orderId)
                .filter(order -> OrderAccess.maySee(caller, order))
                .orElseThrow(() -> new OrderNotFound(orderId));
    }

    Orders.Page list(Caller caller, OrderStatus status, String fairId, String producerId, int page, int size) {
        Orders.Criteria criteria;
        if (OrderAccess.isStaff(caller)) {
            criteria = new Orders.Criteria(null, fairId, producerId, status);
        } else if (caller.isCustomer()) {
            criteria = new Orders.Criteria(caller.subject(), null, null, status);
        } else {
            throw new NotAllowed("producers see their lines at /api/orders/producer-lines");
        }
        return orders.page(criteria, page, size);
    }

    /** The orders containing the producer's products, each with only the producer's lines. */
    Orders.Page producerLines(Caller caller, OrderStatus status, int page, int size) {
        if (!caller.isProducer()) {
            throw new NotAllowed("only a producer (with a producer_id) sees producer lines");
        }
        return orders.page(new Orders.Criteria(null, null, caller.producerId(), status), page, size);
    }
}
