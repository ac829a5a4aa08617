package vn.ocop.fair.catalog.fair;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static final String SHOWN = "shown";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> collection;

    Booths(MongoDatabase catalogDatabase) {
        this.collection = catalogDatabase.getCollection("fair_booths");
    }

    /**
     * What the booth has had on show: every product ever assigned there ({@code shown}), so that
     * the stands of those no longer on its list can be taken down by {@code _id}; {@code known} is
     * false for a booth recorded before {@code shown} existed.
     */
    record Shown(boolean known, Set<String> productIds) {}

    /**
     * Records what happened to the booth unless something later is already recorded: one
     * conditional upsert by {@code _id}, which also adds {@code productIds} to what the booth has
     * shown. The same event again is not later, so it is recorded (again, unchanged) and its effect
     * may be re-applied, which completes one a crash interrupted.
     *
     * @return what the booth has shown, this event's products included, if this is the latest word
     *     on the booth; empty if a later event is recorded
     */
    Optional<Shown> record(
            String fairId,
            String boothCode,
            State state,
            String producerId,
            List<String> productIds,
            Instant occurredAt) {
        Date at = Date.from(occurredAt);
        try {
            Document before = collection.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", key(fairId, boothCode)), Filters.lte("occurredAt", at)),
                    Updates.combine(
                            Updates.set("fairId", fairId),
                            Updates.set("boothCode", boothCode),
                            Updates.set("state", state.name()),
                            Updates.set("producerId", producerId),
                            Updates.set("occurredAt", at),
                            Updates.addEachToSet(SHOWN, productIds)),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
            Set<String> shown = new LinkedHashSet<>();
            if (before != null) {
                shown.addAll(before.getList(SHOWN, String.class, List.of()));
            }
            shown.addAll(productIds);
            return Optional.of(new Shown(before == null || before.containsKey(SHOWN), shown));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty(); // a later event is recorded: the upsert found no older one to replace
            }
            throw e;
        } catch (MongoCommandException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) { // findAndModify reports it as a command error
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String key(String fairId, String boothCode) {
        return fairId + "/" + boothCode;
    }
}
