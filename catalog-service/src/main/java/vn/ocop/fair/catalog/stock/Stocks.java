package vn.ocop.fair.catalog.stock;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The {@code stock} collection, one document per product ({@code _id} = product id) with its
 * counters, its moves in flight ({@link Move}; a settled move leaves the document, so its size does
 * not grow with the orders holding units), its audit trail ({@code adjustments}) and its unpublished events ({@code outbox}). Every
 * change is one conditional single-document update: the guard a {@link StockChange} carries
 * ({@code available >= n} and friends) is the filter, its deltas an {@code $inc}.
 */
@Repository
public class Stocks {

    private static final int ATTEMPTS = 100;
    private static final Bson STATE_ONLY = Projections.exclude(Outbox.fieldName(), "adjustments");

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "stock";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    Stocks(MongoDatabase catalogDatabase, JsonMapper json) {
        this.collection = catalogDatabase.getCollection(COLLECTION);
        this.json = json;
    }

    public Optional<Stock> find(String productId) {
        return Optional.ofNullable(collection
                        .find(Filters.eq("_id", productId))
                        .projection(STATE_ONLY)
                        .first())
                .map(StockDocuments::stock);
    }

    /** The stock of each of these products that has one, by product id: one read, whatever their number. */
    public Map<String, Stock> findAll(Collection<String> productIds) {
        Map<String, Stock> stocks = new HashMap<>();
        collection
                .find(Filters.in("_id", productIds))
                .projection(STATE_ONLY)
                .map(StockDocuments::stock)
                .forEach(stock -> stocks.put(stock.productId(), stock));
        return stocks;
    }

    /** Creates the product's stock, empty, unless it exists. */
    void open(String productId, String producerId, int lowThreshold, Instant now) {
        try {
            collection.updateOne(
                    Filters.eq("_id", productId),
                    Updates.combine(
                            Updates.setOnInsert("producerId", producerId),
                            Updates.setOnInsert("received", 0L),
                            Updates.setOnInsert("available", 0L),
                            Updates.setOnInsert("reserved", 0L),
                            Updates.setOnInsert("sold", 0L),
                            Updates.setOnInsert("lowThreshold", lowThreshold),
                            Updates.setOnInsert("heldOrders", 0L),
                            Updates.setOnInsert(StockDocuments.PENDING, List.of()),
                            Updates.setOnInsert("adjustments", List.of()),
                            Updates.setOnInsert(Outbox.fieldName(), List.of()),
                            Updates.setOnInsert("createdAt", Date.from(now))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // DUPLICATE_KEY: a racing upsert created it first; it exists, which is all we wanted
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * Reads the stock, lets {@code decide} choose a change (or none), and applies it guarded; when
     * somebody else changed the stock in between so that the guard no longer holds, reads it again
     * and decides anew.
     */
    Attempt change(String productId, Function<Stock, Optional<StockChange>> decide) {
        return change(productId, null, decide);
    }

    /**
     * {@link #change(String, Function)}, deciding first on {@code known} (a snapshot read before,
     * e.g. with others in one {@link #findAll}) instead of reading; null: read it.
     */
    Attempt change(String productId, Stock known, Function<Stock, Optional<StockChange>> decide) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<Stock> seen = i == 0 && known != null ? Optional.of(known) : find(productId);
            if (seen.isEmpty()) {
                return new Attempt(null, null, null);
            }
            Optional<StockChange> change = decide.apply(seen.get());
            if (change.isEmpty()) {
                return new Attempt(seen.get(), null, null);
            }
            Optional<Stock> after = apply(change.get());
            if (after.isPresent()) {
                return new Attempt(seen.get(), change.get(), after.get());
            }
        }
        throw new StockContention(productId, ATTEMPTS);
    }

    /**
     * What {@link #change} saw and did.
     *
     * @param seen the stock the last decision was made on, null if the product has none (or none was read)
     * @param change what was applied, null if nothing
     * @param after the stock right after the change, null if nothing changed
     */
    record Attempt(Stock seen, StockChange change, Stock after) {

        boolean changed() {
            return after != null;
        }

        /** This change took the last unit on sale. */
        boolean stockedOut() {
            return changed() && change.delta().available() < 0 && after.available() == 0;
        }

        boolean raisedEvents() {
            return changed() && !change.raised().isEmpty();
        }
    }

    List<Adjustment> adjustments(String productId) {
        Document d = collection
                .find(Filters.eq("_id", productId))
                .projection(Projections.include("adjustments"))
                .first();
        if (d == null) {
            return List.of();
        }
        return StockDocuments.adjustments(d);
    }

    /** Applies a change decided without a snapshot (its guard is all it relies on), once. */
    Attempt attempt(StockChange change) {
        return new Attempt(null, change, apply(change).orElse(null));
    }

    /** Takes each move off its product's moves in flight, in one round trip; nothing for a move not there. */
    void settle(Collection<Settling> moves) {
        if (moves.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> settling = moves.stream()
                .map(m -> new UpdateOneModel<Document>(
                        Filters.eq("_id", m.productId()), StockDocuments.settle(m.token())))
                .toList();
        collection.bulkWrite(settling, new BulkWriteOptions().ordered(false));
    }

    /** Applies the change if its guard holds; the stock after it, or empty. */
    Optional<Stock> apply(StockChange change) {
        List<OutboxEntry> events =
                change.raised().stream().map(e -> StockOutbox.entry(e, json)).toList();
        Document after = collection.findOneAndUpdate(
                StockDocuments.guard(change),
                StockDocuments.update(change, events),
                new FindOneAndUpdateOptions()
                        .returnDocument(ReturnDocument.AFTER)
                        .projection(STATE_ONLY));
        return Optional.ofNullable(after).map(StockDocuments::stock);
    }
}
