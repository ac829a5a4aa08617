package vn.ocop.fair.notification.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code orders} read model: what later order events do not carry (contact, fulfilment,
 * lines), kept from OrderPlaced, and each order's last status.
 */
@Component
public class Orders {

    private final MongoCollection<Document> collection;

    Orders(MongoDatabase database) {
        this.collection = database.getCollection("orders");
    }

    void placed(OrderCopy order) {
        List<Document> lines = new ArrayList<>();
        for (OrderCopy.Line l : order.lines()) {
            lines.add(new Document("productId", l.productId())
                    .append("productName", l.productName())
                    .append("producerId", l.producerId())
                    .append("quantity", l.quantity()));
        }
        OrderCopy.Fulfilment f = order.fulfilment();
        Document fulfilment = f == null
                ? null
                : new Document("method", f.method())
                        .append("boothCode", f.boothCode())
                        .append(
                                "address",
                                f.address() == null ? null : f.address().oneLine());
        collection.updateOne(
                eq("_id", order.orderId()),
                Updates.combine(
                        Updates.set("customerId", order.customerId()),
                        Updates.set("fairId", order.fairId()),
                        Updates.set("totalVnd", order.totalVnd()),
                        Updates.set("lines", lines),
                        Updates.set("fulfilment", fulfilment),
                        Updates.set(
                                "contactName",
                                order.contact() == null ? null : order.contact().name()),
                        Updates.set(
                                "contactEmail",
                                order.contact() == null ? null : order.contact().email()),
                        Updates.setOnInsert("status", "PLACED")),
                new UpdateOptions().upsert(true));
    }

    void status(String orderId, String status) {
        collection.updateOne(eq("_id", orderId), Updates.set("status", status), new UpdateOptions().upsert(true));
    }

    Optional<Document> byId(String orderId) {
        return Optional.ofNullable(collection.find(eq("_id", orderId)).first());
    }

    /** Orders of a fair in a status, e.g. the paid ones. */
    public List<Document> ofFair(String fairId, String status) {
        return collection.find(and(eq("fairId", fairId), eq("status", status))).into(new ArrayList<>());
    }

    public List<Document> ofFair(String fairId) {
        return collection.find(eq("fairId", fairId)).into(new ArrayList<>());
    }
}
