package vn.ocop.fair.notification.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code webhooks} collection: endpoints registered by organisers and operators, the event
 * types each wants ({@code *} for all) and the secret its deliveries are signed with (kept, as
 * signing needs it; shown once, at registration).
 */
@Component
class Webhooks {

    static final String ALL = "*";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> collection;

    Webhooks(MongoDatabase database) {
        this.collection = database.getCollection("webhooks");
    }

    Document register(String owner, String url, List<String> eventTypes, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Document doc = new Document("_id", UUID.randomUUID().toString())
                .append("owner", owner)
                .append("url", url)
                .append("eventTypes", new ArrayList<>(eventTypes))
                .append("secret", "whsec_" + HexFormat.of().formatHex(secret))
                .append("createdAt", Date.from(now));
        collection.insertOne(doc);
        return doc;
    }

    List<Document> ownedBy(String owner) {
        return collection
                .find(eq("owner", owner))
                .sort(Sorts.ascending("createdAt"))
                .into(new ArrayList<>());
    }

    Optional<Document> owned(String id, String owner) {
        return Optional.ofNullable(
                collection.find(and(eq("_id", id), eq("owner", owner))).first());
    }

    Optional<Document> byId(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    boolean remove(String id, String owner) {
        return collection.deleteOne(and(eq("_id", id), eq("owner", owner))).getDeletedCount() == 1;
    }

    /** The webhooks that want events of any of these types (one read for a whole batch of events). */
    List<Document> wanting(Collection<String> eventTypes) {
        List<String> wanted = new ArrayList<>(eventTypes);
        wanted.add(ALL);
        return collection.find(in("eventTypes", wanted)).into(new ArrayList<>());
    }

    static boolean wants(Document webhook, String eventType) {
        List<String> types = webhook.getList("eventTypes", String.class, List.of());
        return types.contains(ALL) || types.contains(eventType);
    }
}
