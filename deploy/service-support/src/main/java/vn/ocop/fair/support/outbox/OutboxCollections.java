package vn.ocop.fair.support.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * The collections of a service whose documents carry an outbox. A service declares them once, as a
 * bean; the outbox auto-configuration runs one {@link OutboxRelay} for each and hands them out
 * through {@link OutboxRelays}.
 */
public final class OutboxCollections {

    private final Map<String, MongoCollection<Document>> byName;

    private OutboxCollections(Map<String, MongoCollection<Document>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** These collections of {@code database}, by name. */
    public static OutboxCollections of(MongoDatabase database, String... names) {
        Map<String, MongoCollection<Document>> byName = new LinkedHashMap<>();
        for (String name : names) {
            if (byName.put(name, database.getCollection(name)) != null) {
                throw new IllegalArgumentException("Outbox collection " + name + " is declared twice");
            }
        }
        return new OutboxCollections(byName);
    }

    Map<String, MongoCollection<Document>> byName() {
        return byName;
    }
}
