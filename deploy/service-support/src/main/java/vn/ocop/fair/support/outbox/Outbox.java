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

    /** Appends events to an existing document's outbox, in the same update as its state change. */
    public static Bson append(List<OutboxEntry> entries) {
        return Updates.pushEach(OutboxEntry.FIELD, field(entries));
    }
}
