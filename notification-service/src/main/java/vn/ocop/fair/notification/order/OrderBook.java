package vn.ocop.fair.notification.order;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The orders a batch of events is about: as stored when the batch began, with the batch's own
 * changes applied in memory (an OrderConfirmed sees the contact its OrderPlaced kept, even in the
 * same batch), and those changes as the writes {@link Orders#save} makes, in order. Each write is
 * an upsert by _id, so replaying a batch writes the same.
 */
final class OrderBook {

    private final Map<String, Document> orders;
    private final List<WriteModel<Document>> writes = new ArrayList<>();

    OrderBook(Map<String, Document> stored) {
        this.orders = stored;
    }

    Optional<Document> byId(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
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
        Document kept = new Document("customerId", order.customerId())
                .append("fairId", order.fairId())
                .append("totalVnd", order.totalVnd())
                .append("lines", lines)
                .append("fulfilment", fulfilment)
                .append(
                        "contactName",
                        order.contact() == null ? null : order.contact().name())
                .append(
                        "contactEmail",
                        order.contact() == null ? null : order.contact().email());
        List<Bson> updates = new ArrayList<>();
        kept.forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.setOnInsert("status", "PLACED"));
        upsert(order.orderId(), Updates.combine(updates));
        Document inMemory = orders.computeIfAbsent(order.orderId(), id -> new Document("_id", id));
        inMemory.putAll(kept);
        inMemory.putIfAbsent("status", "PLACED");
    }

    void status(String orderId, String status) {
        upsert(orderId, Updates.set("status", status));
        orders.computeIfAbsent(orderId, id -> new Document("_id", id)).put("status", status);
    }

    List<WriteModel<Document>> writes() {
        return writes;
    }

    private void upsert(String orderId, Bson update) {
        writes.add(new UpdateOneModel<>(eq("_id", orderId), update, new UpdateOptions().upsert(true)));
    }
}
