package vn.ocop.fair.notification.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;

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
    private final Duration directoryRefresh;
    private final LongSupplier nanoTime;
    private volatile @Nullable Directory directory;

    @Autowired
    Webhooks(MongoDatabase database, NotificationProperties properties) {
        this(database, properties.webhook().directoryRefresh(), System::nanoTime);
    }

    Webhooks(MongoDatabase database, Duration directoryRefresh, LongSupplier nanoTime) {
        this.collection = database.getCollection("webhooks");
        this.directoryRefresh = directoryRefresh;
        this.nanoTime = nanoTime;
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
        directory = null;
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
        boolean removed =
                collection.deleteOne(and(eq("_id", id), eq("owner", owner))).getDeletedCount() == 1;
        directory = null;
        return removed;
    }

    /**
     * The webhooks that want events of any of these types, from the directory kept in memory: every
     * batch of events is matched against it, and it is read again (the whole, small collection, by
     * nothing but its size) once it is older than {@code directoryRefresh} or this instance changed
     * it. Matching used to query {@code eventTypes} for every batch, which no index serves. A webhook
     * registered on another instance is matched from its next read on; one removed there may still be
     * matched until then, and its sends find it gone ({@link WebhookSender} reads it by id).
     */
    List<Document> wanting(Collection<String> eventTypes) {
        return directory().webhooks().stream()
                .filter(webhook -> eventTypes.stream().anyMatch(type -> wants(webhook, type)))
                .toList();
    }

    private Directory directory() {
        Directory known = directory;
        long now = nanoTime.getAsLong();
        if (known != null && now - known.readAt() < directoryRefresh.toNanos()) {
            return known;
        }
        Directory read = new Directory(
                collection
                        .find()
                        .projection(Projections.include("_id", "eventTypes"))
                        .into(new ArrayList<>()),
                now);
        directory = read;
        return read;
    }

    private record Directory(List<Document> webhooks, long readAt) {}

    static boolean wants(Document webhook, String eventType) {
        List<String> types = webhook.getList("eventTypes", String.class, List.of());
        return types.contains(ALL) || types.contains(eventType);
    }
}
