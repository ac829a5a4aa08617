package vn.ocop.fair.order.ordering;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The orders, one document each with its outbox; the only class that knows the document's fields
 * (with {@link OrderDocuments}, its shape). Every transition of an {@link Order} is stored with one
 * conditional update from the states it starts from that also appends its event, so a state and its
 * event never part.
 *
 * <p>The sweeper's two sets are marked in the documents ({@link SweepMarker}): {@value
 * #PENDING_SINCE} while the order is PENDING (set by the insert, moved by each republication),
 * {@value #EXPIRY_DUE} while it is CONFIRMED (set by the confirmation); the transition that takes
 * an order out of a set removes its marker in the same update.
 */
@Repository
public class Orders {

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "orders";

    static final String PENDING_SINCE = "pendingSince";
    static final String EXPIRY_DUE = "expiryDue";

    private static final String STATUS = "status";
    private static final String TIMELINE = "timeline";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    Orders(MongoDatabase orderDatabase, JsonMapper json) {
        this.collection = orderDatabase.getCollection(COLLECTION);
        this.json = json;
        for (String marker : List.of(PENDING_SINCE, EXPIRY_DUE)) {
            collection.createIndex(
                    Indexes.ascending(marker), new IndexOptions().unique(true).sparse(true));
        }
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** A new PENDING order with its OrderPlaced, in the reconciler's set from now on. */
    public void insert(Order.Change placed) {
        Order order = placed.order();
        collection.insertOne(Outbox.addTo(
                OrderDocuments.toDocument(order).append(PENDING_SINCE, SweepMarker.of(order.placedAt(), order.id())),
                List.of(entry(placed))));
    }

    /** The orders with these ids that exist, in one read. */
    public List<Order> findAll(Collection<String> ids) {
        return collection.find(in("_id", ids)).map(OrderDocuments::fromDocument).into(new ArrayList<>());
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first()).map(OrderDocuments::fromDocument);
    }

    /**
     * Stores a transition with one {@code findOneAndUpdate} that applies only if the stored order
     * is still in a state the new one is reached from: it sets the state and what the transition
     * changed, pushes the timeline step and appends the event to the outbox.
     *
     * @return the order after the change, or empty if it was in no such state (a late, repeated or
     *     out-of-order step, or a racing one that won: nothing changes)
     */
    public Optional<Order> save(Order.Change change) {
        UpdateOneModel<Document> transition = transition(change);
        Document stored = collection.findOneAndUpdate(
                transition.getFilter(),
                transition.getUpdate(),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(stored).map(OrderDocuments::fromDocument);
    }

    /**
     * {@link #save} for several transitions in one unordered bulk write.
     *
     * @return the orders after the changes that applied (the others were in no state they are reached from)
     */
    public List<Order> saveAll(List<Order.Change> changes) {
        if (changes.size() == 1) {
            return save(changes.get(0)).stream().toList();
        }
        List<UpdateOneModel<Document>> updates =
                changes.stream().map(this::transition).toList();
        int modified = collection
                .bulkWrite(updates, new BulkWriteOptions().ordered(false))
                .getModifiedCount();
        List<Order> after = changes.stream().map(Order.Change::order).toList();
        if (modified == changes.size()) {
            return after;
        }
        // some were late or repeated: the ones stored now carry this change's timeline step
        Map<String, Order.Change> byId = new HashMap<>();
        changes.forEach(c -> byId.put(c.order().id(), c));
        List<Order> applied = new ArrayList<>();
        collection
                .find(in("_id", byId.keySet()))
                .map(OrderDocuments::fromDocument)
                .forEach(stored -> {
                    Order.Change change = byId.get(stored.id());
                    if (!stored.timeline().isEmpty()
                            && sameStep(stored.timeline().get(stored.timeline().size() - 1), change.step())) {
                        applied.add(stored);
                    }
                });
        return applied;
    }

    /** The same step, as stored (to the millisecond). */
    private static boolean sameStep(Order.Step stored, Order.Step step) {
        return stored.step().equals(step.step())
                && stored.at().toEpochMilli() == step.at().toEpochMilli();
    }

    private UpdateOneModel<Document> transition(Order.Change change) {
        Order after = change.order();
        List<String> from =
                after.status().reachedFrom().stream().map(Enum::name).toList();
        return new UpdateOneModel<>(
                and(eq("_id", after.id()), in(STATUS, from)),
                Updates.combine(
                        Updates.set(STATUS, after.status().name()),
                        changesOf(after),
                        Updates.unset(PENDING_SINCE),
                        Updates.push(TIMELINE, OrderDocuments.step(change.step())),
                        Outbox.append(List.of(entry(change)))));
    }

    /**
     * What each transition changes besides state and timeline. The confirmation puts the order in
     * the expiry sweeper's set; every other transition takes it out.
     */
    private static Bson changesOf(Order after) {
        return switch (after.status()) {
            case CONFIRMED ->
                Updates.combine(
                        Updates.set("confirmedAt", OrderDocuments.date(after.confirmedAt())),
                        Updates.set("paymentDueAt", OrderDocuments.date(after.paymentDueAt())),
                        Updates.set(EXPIRY_DUE, SweepMarker.of(after.paymentDueAt(), after.id())));
            case REJECTED ->
                Updates.combine(
                        Updates.set("reason", after.reason()),
                        Updates.set(
                                "rejectedLines",
                                after.rejectedLines().stream()
                                        .map(OrderDocuments::rejectedLine)
                                        .toList()),
                        Updates.unset(EXPIRY_DUE));
            case CANCELLED ->
                Updates.combine(
                        Updates.set("reason", after.reason()),
                        Updates.set("cancelledBy", after.cancelledBy()),
                        Updates.unset(EXPIRY_DUE));
            case EXPIRED -> Updates.combine(Updates.set("reason", after.reason()), Updates.unset(EXPIRY_DUE));
            case PAID ->
                Updates.combine(
                        Updates.set("paidAt", OrderDocuments.date(after.paidAt())),
                        Updates.set("paymentMethod", after.paymentMethod()),
                        Updates.set("paymentReference", after.paymentReference()),
                        Updates.unset(EXPIRY_DUE));
            case FULFILLED ->
                Updates.combine(
                        Updates.set("fulfilledAt", OrderDocuments.date(after.fulfilledAt())),
                        Updates.unset(EXPIRY_DUE));
            case PENDING -> throw new IllegalArgumentException("no transition leads to PENDING");
        };
    }

    /**
     * Stores OrderPlaced published again for a PENDING order, unless another pass already did
     * (the update applies only while the order still has the attempts it was read with).
     */
    public boolean savePlacedAgain(Order before, Order.Change again) {
        Instant at = again.step().at();
        return collection
                        .updateOne(
                                and(
                                        eq("_id", before.id()),
                                        eq(STATUS, OrderStatus.PENDING.name()),
                                        eq("placeAttempts", before.placeAttempts())),
                                Updates.combine(
                                        Updates.inc("placeAttempts", 1),
                                        Updates.set("lastPlacedAt", OrderDocuments.date(at)),
                                        Updates.set(PENDING_SINCE, SweepMarker.of(at, before.id())),
                                        Updates.push(TIMELINE, OrderDocuments.step(again.step())),
                                        Outbox.append(List.of(entry(again)))))
                        .getModifiedCount()
                > 0;
    }

    private OutboxEntry entry(Order.Change change) {
        return OrderOutbox.entry(json, change.event());
    }

    /** Adds a step to the timeline once (a redelivered event adds nothing). */
    public void noteOnce(String id, Order.Step step) {
        collection.updateOne(
                and(eq("_id", id), ne(TIMELINE + ".step", step.step())),
                Updates.push(TIMELINE, OrderDocuments.step(step)));
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
                                        Updates.push(TIMELINE, OrderDocuments.step(step)),
                                        Outbox.append(List.of(placed))))
                        .getModifiedCount()
                > 0;
    }

    /**
     * CONFIRMED orders whose payment was due before {@code now}, at most {@code limit}: read
     * through the {@value #EXPIRY_DUE} index. Orders stored before the marker existed are not in it.
     */
    public List<Order> confirmedUnpaidSince(Instant now, int limit) {
        return marked(EXPIRY_DUE, now, limit);
    }

    /**
     * PENDING orders last published before {@code before}, at most {@code limit}: read through the
     * {@value #PENDING_SINCE} index. Orders stored before the marker existed are not in it.
     */
    public List<Order> pendingSince(Instant before, int limit) {
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

    /**
     * Which orders a list shows; null criteria match every order.
     *
     * @param producerId orders holding at least one line of this producer
     */
    public record Criteria(String customerId, String fairId, String producerId, OrderStatus status) {}

    /** One page of the orders matching {@code criteria}, newest first. */
    public Page page(Criteria criteria, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (criteria.customerId() != null) {
            filters.add(eq("customerId", criteria.customerId()));
        }
        if (criteria.fairId() != null) {
            filters.add(eq("fairId", criteria.fairId()));
        }
        if (criteria.producerId() != null) {
            filters.add(eq("producerIds", criteria.producerId()));
        }
        if (criteria.status() != null) {
            filters.add(eq(STATUS, criteria.status().name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        List<Order> items = collection
                .find(filter)
                .sort(Sorts.descending("placedAt"))
                .skip(page * size)
                .limit(size)
                .map(OrderDocuments::fromDocument)
                .into(new ArrayList<>());
        return new Page(items, page, size, collection.countDocuments(filter));
    }

    public record Page(List<Order> items, int page, int size, long total) {}
}
