package vn.ocop.fair.order.allowance;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/** Counter documents {@code {_id, count}} changed only by conditional {@code $inc}. */
final class Counters {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> collection;

    Counters(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Creates the counter at {@code initial} unless it exists. */
    void open(String id, long initial, Document extra) {
        try {
            collection.updateOne(
                    Filters.eq("_id", id),
                    Updates.combine(Updates.setOnInsert("count", initial), Updates.setOnInsert("extra", extra)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // two racing upserts: the other created it
            }
        }
    }

    long read(String id) {
        Document d = collection.find(Filters.eq("_id", id)).first();
        return d == null ? 0 : d.get("count", Number.class).longValue();
    }

    /**
     * Adds {@code n} if the count stays at or below {@code max}, to a counter that may not exist yet
     * (it starts at 0): one conditional upsert. When the counter exists above the limit, the
     * upsert's insert hits the duplicate key; so it does when a racing upsert created the counter
     * after this one looked, and then one more attempt, against the counter that now exists, decides.
     */
    boolean addUpTo(String id, long n, long max) {
        if (n > max) {
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                collection.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", id), Filters.lte("count", max - n)),
                        Updates.inc("count", n),
                        new FindOneAndUpdateOptions().upsert(true));
                return true;
            } catch (MongoException e) {
                if (e.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                if (attempt == 2) {
                    return false;
                }
            }
        }
    }

    /** Takes {@code n} if at least {@code n} are left; one conditional update. */
    boolean take(String id, long n) {
        return collection.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", id), Filters.gte("count", n)), Updates.inc("count", -n))
                != null;
    }

    void add(String id, long n) {
        collection.updateOne(Filters.eq("_id", id), Updates.inc("count", n));
    }
}
