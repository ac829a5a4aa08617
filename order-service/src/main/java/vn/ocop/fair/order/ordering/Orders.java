package vn.ocop.fair.order.ordering;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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
 *
 * <p>The sweeper's two sets are marked in the documents ({@link SweepMarker}): {@value
 * #PENDING_SINCE} while the order is PENDING (set by the insert, moved by each republication),
 * {@value #EXPIRY_DUE} while it is CONFIRMED (set by the confirmation); the transition that takes
 * an order out of a set removes its marker in the same update.
 */
@Repository
public class Orders {

    static final String PENDING_SINCE = "pendingSince";
    static final String EXPIRY_DUE = "expiryDue";

    private final MongoCollection<Document> collection;

    Orders(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("orders");
        for (String marker : List.of(PENDING_SINCE, EXPIRY_DUE)) {
            collection.createIndex(
                    Indexes.ascending(marker), new IndexOptions().unique(true).sparse(true));
        }
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    void insert(Order order, OutboxEntry placed) {
        collection.insertOne(Outbox.addTo(
                OrderDocuments.toDocument(order).append(PENDING_SINCE, SweepMarker.of(order.placedAt(), order.id())),
                List.of(placed)));
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
        if (target == OrderStatus.CONFIRMED) {
            throw new IllegalArgumentException("an order is confirmed with confirm(…), which marks it for expiry");
        }
        return change(id, target, Updates.combine(changes, Updates.unset(EXPIRY_DUE)), step, event);
    }

    /**
     * PENDING → CONFIRMED, due to be paid by {@code dueAt}: the same update puts the order in the
     * expiry sweeper's set.
     */
    Optional<Order> confirm(String id, Instant confirmedAt, Instant dueAt, Order.Step step, OutboxEntry event) {
        return change(
                id,
                OrderStatus.CONFIRMED,
                Updates.combine(
                        Updates.set("confirmedAt", OrderDocuments.date(confirmedAt)),
                        Updates.set("paymentDueAt", OrderDocuments.date(dueAt)),
                        Updates.set(EXPIRY_DUE, SweepMarker.of(dueAt, id))),
                step,
                event);
    }

    /** No transition leads to PENDING, so each one takes the order out of the reconciler's set. */
    private Optional<Order> change(String id, OrderStatus target, Bson changes, Order.Step step, OutboxEntry event) {
        List<String> from = target.reachedFrom().stream().map(Enum::name).toList();
        Document after = collection.findOneAndUpdate(
                and(eq("_id", id), in("status", from)),
                Updates.combine(
                        Updates.set("status", target.name()),
                        changes,
                        Updates.unset(PENDING_SINCE),
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
                                        Updates.set(PENDING_SINCE, SweepMarker.of(step.at(), id)),
                                        Updates.push("timeline", OrderDocuments.step(step)),
                                        Outbox.append(List.of(placed))))
                        .getModifiedCount()
                > 0;
    }

    /**
     * CONFIRMED orders whose payment was due before {@code now}, at most {@code limit}: read
     * through the {@value #EXPIRY_DUE} index. Orders stored before the marker existed are not in it.
     */
    List<Order> confirmedUnpaidSince(Instant now, int limit) {
        return marked(EXPIRY_DUE, now, limit);
    }

    /**
     * PENDING orders last published before {@code before}, at most {@code limit}: read through the
     * {@value #PENDING_SINCE} index. Orders stored before the marker existed are not in it.
     */
    List<Order> pendingSince(Instant before, int limit) {
        return marked(PENDING_SINCE, before, limit);
    }

    /** The query names only the marker, so the wire server answers it from that index alone. */
    private List<Order> marked(String marker, Instant before, int limit) {
        Optional<String> pattern = SweepMarker.before(before);
        if (pattern.isEmpty()) {
            return List.of();
        }
        return collection
                .find(Filters.regex(marker, pattern.get()))
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
