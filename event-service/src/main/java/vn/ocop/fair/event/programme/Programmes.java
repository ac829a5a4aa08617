package vn.ocop.fair.event.programme;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.event.fair.FairEventEntries;
import vn.ocop.fair.event.fair.events.ActivityScheduled;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * The {@code programmes} collection: one document per fair, {@code {_id: fairId, version,
 * activities: [...], outbox: [...]}}.
 *
 * <p>Why one document per fair: the overlap rule compares a new activity with every other of the
 * fair, so checking and writing must not race (two organisers booking the main stage for 10:00 at
 * once). The new activity is written with a conditional update on the version the check was made
 * against ({@code {_id, version: v}} → {@code $push}, {@code $inc version}, outbox entry); if
 * another activity got in first the update matches nothing and the caller re-reads and re-checks.
 * The first activity inserts the document, where the unique {@code _id} settles the same race.
 */
@Repository
public class Programmes {

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "programmes";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private final FairEventEntries entries;

    Programmes(MongoDatabase eventDatabase, JsonMapper json, FairEventEntries entries) {
        this.collection = eventDatabase.getCollection(COLLECTION);
        this.json = json;
        this.entries = entries;
    }

    Programme find(String fairId) {
        Document d = collection
                .find(Filters.eq("_id", fairId))
                .projection(Projections.exclude(Outbox.fieldName()))
                .first();
        if (d == null) {
            return Programme.empty(fairId);
        }
        List<Activity> activities = d.getList("activities", Document.class).stream()
                .map(a -> json.readValue(a.toJson(), Activity.class))
                .toList();
        return new Programme(fairId, ((Number) d.get("version")).longValue(), activities);
    }

    /**
     * Adds {@code activity} and its event if the programme is still at {@code before}'s version.
     *
     * @return false if another activity was added first
     */
    boolean add(Programme before, Activity activity, ActivityScheduled event) {
        Document stored = Document.parse(json.writeValueAsString(activity));
        if (before.version() == 0) {
            try {
                collection.insertOne(Outbox.addTo(
                        new Document("_id", before.fairId())
                                .append("version", 1L)
                                .append("activities", List.of(stored)),
                        entries.of(event)));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return collection
                        .updateOne(
                                Filters.and(
                                        Filters.eq("_id", before.fairId()), Filters.eq("version", before.version())),
                                Updates.combine(
                                        Updates.push("activities", stored),
                                        Updates.inc("version", 1L),
                                        Outbox.append(entries.of(event))))
                        .getMatchedCount()
                == 1;
    }
}
