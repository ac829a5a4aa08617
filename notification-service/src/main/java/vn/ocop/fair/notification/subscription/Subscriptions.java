package vn.ocop.fair.notification.subscription;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The {@code subscriptions} collection: who follows which fair, producer or livestream. */
@Component
public class Subscriptions {

    /** What can be followed. */
    public enum Kind {
        FAIR,
        PRODUCER,
        LIVESTREAM
    }

    private final MongoCollection<Document> collection;

    Subscriptions(MongoDatabase database) {
        this.collection = database.getCollection("subscriptions");
        collection.createIndex(Indexes.ascending("recipient", "kind", "targetId"), new IndexOptions().unique(true));
    }

    /** Follows; throws {@link AlreadyFollowing} if the recipient already follows that target. */
    Document follow(String recipient, Kind kind, String targetId, Instant now) {
        Document doc = new Document("_id", UUID.randomUUID().toString())
                .append("recipient", recipient)
                .append("kind", kind.name())
                .append("targetId", targetId)
                .append("createdAt", Date.from(now));
        try {
            collection.insertOne(doc);
            return doc;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new AlreadyFollowing(kind, targetId);
            }
            throw e;
        }
    }

    List<Document> of(String recipient) {
        return collection
                .find(eq("recipient", recipient))
                .sort(Sorts.ascending("createdAt"))
                .into(new ArrayList<>());
    }

    boolean unfollow(String id, String recipient) {
        return collection
                        .deleteOne(and(eq("_id", id), eq("recipient", recipient)))
                        .getDeletedCount()
                == 1;
    }

    /** Everyone following any of the targets of that kind, each once. */
    public Set<String> followers(Kind kind, Collection<String> targetIds) {
        Set<String> recipients = new LinkedHashSet<>();
        if (targetIds.isEmpty()) {
            return recipients;
        }
        collection
                .find(and(eq("kind", kind.name()), in("targetId", targetIds)))
                .forEach(d -> recipients.add(d.getString("recipient")));
        return recipients;
    }
}
