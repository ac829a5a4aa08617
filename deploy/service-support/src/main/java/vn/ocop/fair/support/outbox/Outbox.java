package vn.ocop.fair.support.outbox;

import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.conversions.Bson;

/** The outbox array of an aggregate document, as update operators and field values. */
public final class Outbox {

    private Outbox() {}

    /** The field value a new aggregate document starts with. */
    public static List<org.bson.Document> field(List<OutboxEntry> entries) {
        return entries.stream().map(OutboxEntry::toDocument).toList();
    }

    public static String fieldName() {
        return OutboxEntry.FIELD;
    }

    /**
     * Puts events in the outbox of a new document: the {@code outbox} array and, when there are
     * events, the pending marker through which the relay finds them after a crash.
     */
    public static org.bson.Document addTo(org.bson.Document aggregate, List<OutboxEntry> entries) {
        aggregate.append(OutboxEntry.FIELD, field(entries));
        if (!entries.isEmpty()) {
            aggregate.append(PENDING, entries.get(0).id());
        }
        return aggregate;
    }

    /**
     * Appends events to an existing document's outbox, in the same update as its state change, and
     * marks the document pending.
     */
    public static Bson append(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return Updates.pushEach(OutboxEntry.FIELD, List.of());
        }
        return Updates.combine(
                Updates.pushEach(OutboxEntry.FIELD, field(entries)),
                Updates.set(PENDING, entries.get(0).id()));
    }

    /**
     * The field that exists only while a document has events to publish, with a unique value (an
     * event id) under a sparse unique index: the relay finds leftovers by walking that index, never
     * the collection, on MongoDB and on the embedded wire server alike.
     */
    static final String PENDING = "outboxPending";
}
