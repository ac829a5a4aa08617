package vn.ocop.fair.notification.fair;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code fairs} and {@code activities} read models: what messages need of a fair (name, venue,
 * dates, hours, status, booths assigned) and of its livestreams. A snapshot only replaces an older
 * version, so a redelivered or late event cannot roll a fair back.
 */
@Component
public class Fairs {

    private final MongoCollection<Document> fairs;
    private final MongoCollection<Document> activities;

    Fairs(MongoDatabase database) {
        this.fairs = database.getCollection("fairs");
        this.activities = database.getCollection("activities");
    }

    void snapshot(String fairId, long version, FairCopy.Snapshot fair) {
        try {
            fairs.updateOne(
                    and(eq("_id", fairId), or(exists("version", false), lt("version", version))),
                    Updates.combine(
                            Updates.set("version", version),
                            Updates.set("name", fair.name()),
                            Updates.set(
                                    "venue",
                                    fair.venue() == null ? null : fair.venue().oneLine()),
                            Updates.set("startsOn", Objects.toString(fair.startsOn(), null)),
                            Updates.set("endsOn", Objects.toString(fair.endsOn(), null)),
                            Updates.set("opensAt", Objects.toString(fair.opensAt(), null)),
                            Updates.set("closesAt", Objects.toString(fair.closesAt(), null)),
                            Updates.set("status", fair.status()),
                            Updates.set("organiserId", fair.organiserId())),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a newer version is stored already
        }
    }

    void boothAssigned(String fairId, String fairName, String assignmentId) {
        fairs.updateOne(
                eq("_id", fairId),
                Updates.combine(Updates.addToSet("booths", assignmentId), Updates.setOnInsert("name", fairName)),
                new UpdateOptions().upsert(true));
    }

    void boothReleased(String fairId, String assignmentId) {
        fairs.updateOne(eq("_id", fairId), Updates.pull("booths", assignmentId));
    }

    public Optional<Document> byId(String fairId) {
        return fairId == null
                ? Optional.empty()
                : Optional.ofNullable(fairs.find(eq("_id", fairId)).first());
    }

    /** The stored fairs with these ids, read in one query by _id. */
    public Map<String, Document> byIds(Collection<String> fairIds) {
        Map<String, Document> found = new HashMap<>();
        if (!fairIds.isEmpty()) {
            for (Document fair : fairs.find(in("_id", fairIds))) {
                found.put(fair.getString("_id"), fair);
            }
        }
        return found;
    }

    /** The fair's name, or null when unknown (an order outside any fair). */
    public String name(String fairId) {
        return byId(fairId).map(d -> d.getString("name")).orElse(null);
    }

    public boolean isOpen(String fairId) {
        return byId(fairId).map(d -> "OPEN".equals(d.getString("status"))).orElse(false);
    }

    List<Document> publishedStartingOn(LocalDate day) {
        return fairs.find(and(eq("startsOn", day.toString()), eq("status", "PUBLISHED")))
                .into(new ArrayList<>());
    }

    void activity(FairCopy activity) {
        FairCopy.Livestream live = activity.livestream();
        Document doc = new Document("_id", activity.activityId())
                .append("fairId", activity.fairId())
                .append("kind", activity.kind())
                .append("title", activity.title())
                .append("boothCode", activity.boothCode())
                .append("platform", live == null ? null : live.platform())
                .append("host", live == null ? null : live.host())
                .append("url", live == null ? null : live.url())
                .append("producerIds", new ArrayList<>(activity.producerIds()));
        activities.replaceOne(
                eq("_id", activity.activityId()), doc, new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    Optional<Document> activity(String activityId) {
        return activityId == null
                ? Optional.empty()
                : Optional.ofNullable(activities.find(eq("_id", activityId)).first());
    }
}
