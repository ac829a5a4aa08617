package vn.ocop.fair.catalog.fair;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The last word catalog heard about each booth ({@code fair_booths}, one document per fair and
 * booth): assigned or released, and when. A release is kept too, as a tombstone, so an older
 * assignment arriving after it (a redelivery, a replay from the dead-letter topic) is recognised
 * as stale.
 */
@Repository
class Booths {

    enum State {
        ASSIGNED,
        RELEASED
    }

    private final MongoCollection<Document> collection;

    Booths(MongoDatabase catalogDatabase) {
        this.collection = catalogDatabase.getCollection("fair_booths");
    }

    /**
     * Records what happened to the booth unless something later is already recorded: one
     * conditional upsert. The same event again is not later, so it is recorded (again, unchanged)
     * and its effect may be re-applied, which completes one a crash interrupted.
     *
     * @return whether this is the latest word on the booth
     */
    boolean record(String fairId, String boothCode, State state, String producerId, Instant occurredAt) {
        Date at = Date.from(occurredAt);
        try {
            collection.updateOne(
                    Filters.and(Filters.eq("_id", key(fairId, boothCode)), Filters.lte("occurredAt", at)),
                    Updates.combine(
                            Updates.set("fairId", fairId),
                            Updates.set("boothCode", boothCode),
                            Updates.set("state", state.name()),
                            Updates.set("producerId", producerId),
                            Updates.set("occurredAt", at)),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // a later event is recorded: the upsert found no older one to replace
            }
            throw e;
        }
    }

    private static String key(String fairId, String boothCode) {
        return fairId + "/" + boothCode;
    }
}
