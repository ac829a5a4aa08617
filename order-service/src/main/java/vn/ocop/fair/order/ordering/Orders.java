package vn.ocop.fair.order.ordering;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The orders, one document each with its outbox: every state change is one conditional update
 * from the expected state that also appends the event, so a state and its event never part.
 */
@Repository
public class Orders {

    private final MongoCollection<Document> collection;

    Orders(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("orders");
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    void insert(Order order, OutboxEntry placed) {
        collection.insertOne(
                OrderDocuments.toDocument(order).append(Outbox.fieldName(), Outbox.field(List.of(placed))));
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first()).map(OrderDocuments::fromDocument);
    }

    /**
     * Moves the order to {@code target} if it is in a state {@code target} is reached from.
     *
     * @return the order after the change, or empty if it was not in such a state (a late, repeated
     *     or out-of-order step: nothing changes)
     */
    Optional<Order> transition(String id, OrderStatus target, Bson changes, Order.Step step, OutboxEntry event) {
        List<String> from = target.reachedFrom().stream().map(Enum::name).toList();
        Document after = collection.findOneAndUpdate(
                and(eq("_id", id), in("status", from)),
                Updates.combine(
                        Updates.set("status", target.name()),
                        changes,
                        Updates.push("timeline", OrderDocuments.step(step)),
                        Outbox.append(List.of(event))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(OrderDocuments::fromDocument);
    }

    /** Adds a step to the timeline once (a redelivered event adds nothing). */
    void noteOnce(String id, Order.Step step) {
        collection.updateOne(
                and(eq("_id", id), ne("timeline.step", step.step())),
                Updates.push("timeline", OrderDocuments.step(step)));
    }

    /** Publishes OrderPlaced again for a PENDING order, unless another pass already did. */
    boolean republish(String id, int attempts, Order.Step step, OutboxEntry placed) {
        return collection
                        .updateOne(
                                and(
                                        eq("_id", id),
                                        eq("status", OrderStatus.PENDING.name()),
                                        eq("placeAttempts", attempts)),
                                Updates.combine(
                                        Updates.inc("placeAttempts", 1),
                                        Updates.set("lastPlacedAt", OrderDocuments.date(step.at())),
                                        Updates.push("timeline", OrderDocuments.step(step)),
                                        Outbox.append(List.of(placed))))
                        .getModifiedCount()
                > 0;
    }

    List<Order> confirmedUnpaidSince(Instant now, int limit) {
        return collection
                .find(and(eq("status", OrderStatus.CONFIRMED.name()), lt("paymentDueAt", OrderDocuments.date(now))))
                .limit(limit)
                .map(OrderDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    List<Order> pendingSince(Instant before, int limit) {
        return collection
                .find(and(eq("status", OrderStatus.PENDING.name()), lt("lastPlacedAt", OrderDocuments.date(before))))
                .limit(limit)
                .map(OrderDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    /** One page of the orders matching {@code filter}, newest first. */
    Page page(Bson filter, int page, int size) {
        List<Order> items = collection
                .find(filter)
                .sort(Sorts.descending("placedAt"))
                .skip(page * size)
                .limit(size)
                .map(OrderDocuments::fromDocument)
                .into(new ArrayList<>());
        return new Page(items, page, size, collection.countDocuments(filter));
    }

    record Page(List<Order> items, int page, int size, long total) {}
}
