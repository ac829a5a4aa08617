package vn.ocop.fair.catalog.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Locale;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * How a sweeper reads a bounded, indexed set: the documents in its working set, and only those,
 * carry a marker field {@code "<due, 13-digit epoch millis>|<_id>"} (unique by construction) under
 * a sparse unique index. The sweeper asks for the marker with an anchored regular expression, so
 * the embedded server (which ignores non-unique indexes) walks only that index's entries and real
 * MongoDB only the sparse index; a document without the marker is never read. The marker is set,
 * and {@code $unset}, in the same update that moves the document into or out of the set.
 */
public final class SweepMarker {

    private static final int WIDTH = 13;

    private final String field;

    public SweepMarker(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The sparse unique index the sweeper reads through; creating it again is a no-op. */
    public void index(MongoCollection<Document> collection) {
        collection.createIndex(
                Indexes.ascending(field),
                new IndexOptions().name(field + "_working_set").unique(true).sparse(true));
    }

    /** The marker of the document {@code id}, due at {@code due}. */
    public String value(Instant due, Object id) {
        return digits(due) + "|" + id;
    }

    /** Puts the document {@code id} in the working set, due at {@code due}. */
    public Bson set(Instant due, Object id) {
        return Updates.set(field, value(due, id));
    }

    /** Takes the document out of the working set. */
    public Bson unset() {
        return Updates.unset(field);
    }

    /** Every document of the working set. */
    public Bson any() {
        return Filters.regex(field, "^");
    }

    /** The documents of the working set due at or before {@code instant}. */
    public Bson dueBy(Instant instant) {
        return Filters.regex(field, atOrBelow(digits(instant)));
    }

    /** When a document read through the marker is due. */
    public Instant due(Document document) {
        String marker = document.getString(field);
        return Instant.ofEpochMilli(Long.parseLong(marker.substring(0, WIDTH)));
    }

    /**
     * An anchored regular expression for the strings whose first {@code digits.length()} characters
     * are digits at most {@code digits}: for each position, the same digits before it and a smaller
     * one there, or all of them equal.
     */
    static String atOrBelow(String digits) {
        StringBuilder regex = new StringBuilder("^(?:");
        for (int i = 0; i < digits.length(); i++) {
            char digit = digits.charAt(i);
            if (digit > '0') {
                regex.append(digits, 0, i)
                        .append("[0-")
                        .append((char) (digit - 1))
                        .append("]|");
            }
        }
        return regex.append(digits).append(')').toString();
    }

    private static String digits(Instant instant) {
        return String.format(Locale.ROOT, "%0" + WIDTH + "d", Math.max(0, instant.toEpochMilli()));
    }
}
