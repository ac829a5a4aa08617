package vn.ocop.fair.order.ordering;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;

/** Who sees which orders: a customer their own, staff by fair and producer, a producer their lines. */
@Service
class OrderQueries {

    private final Orders orders;

    OrderQueries(Orders orders) {
        this.orders = orders;
    }

    Order get(String orderId, Caller caller) {
        return orders.find(orderId).filter(caller::maySee).orElseThrow(() -> new OrderNotFound(orderId));
    }

    Orders.Page list(Caller caller, OrderStatus status, String fairId, String producerId, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (caller.isStaff()) {
            if (fairId != null) {
                filters.add(eq("fairId", fairId));
            }
            if (producerId != null) {
                filters.add(eq("producerIds", producerId));
            }
        } else if (caller.isCustomer()) {
            filters.add(eq("customerId", caller.subject()));
        } else {
            throw new NotAllowed("producers see their lines at /api/orders/producer-lines");
        }
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        return orders.page(filters.isEmpty() ? new org.bson.Document() : and(filters), page, size);
    }

    /** The orders containing the producer's products, each with only the producer's lines. */
    Orders.Page producerLines(Caller caller, OrderStatus status, int page, int size) {
        if (!caller.isProducer()) {
            throw new NotAllowed("only a producer (with a producer_id) sees producer lines");
        }
        Bson filter = eq("producerIds", caller.producerId());
        if (status != null) {
            filter = and(filter, eq("status", status.name()));
        }
        return orders.page(filter, page, size);
    }
}
