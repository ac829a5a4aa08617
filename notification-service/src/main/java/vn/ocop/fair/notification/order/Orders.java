package vn.ocop.fair.notification.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code orders} read model: what later order events do not carry (contact, fulfilment,
 * lines), kept from OrderPlaced, and each order's last status. A batch of events reads its orders
 * in one query by _id and writes its changes in one ordered bulk write ({@link OrderBook}).
 */
@Component
public class Orders {

    private final MongoCollection<Document> collection;

    Orders(MongoDatabase database) {
        this.collection = database.getCollection("orders");
    }

    /** The stored orders with these ids, to read and change in memory, then {@link #save}. */
    OrderBook book(Collection<String> orderIds) {
        Map<String, Document> stored = new HashMap<>();
        if (!orderIds.isEmpty()) {
            for (Document order : collection.find(in("_id", orderIds))) {
                stored.put(order.getString("_id"), order);
            }
        }
        return new OrderBook(stored);
    }

    void save(OrderBook book) {
        if (!book.writes().isEmpty()) {
            collection.bulkWrite(book.writes(), new BulkWriteOptions().ordered(true));
        }
    }

    /** Orders of a fair in a status, e.g. the paid ones. */
    public List<Document> ofFair(String fairId, String status) {
        return collection.find(and(eq("fairId", fairId), eq("status", status))).into(new ArrayList<>());
    }

    public List<Document> ofFair(String fairId) {
        return collection.find(eq("fairId", fairId)).into(new ArrayList<>());
    }
}
