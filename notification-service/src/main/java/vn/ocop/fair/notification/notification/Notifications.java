package vn.ocop.fair.notification.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The {@code notifications} collection: every message to every recipient on every channel, stored
 * before it is sent. A unique index on (eventId, recipient, channel) makes a redelivered event a
 * no-op. E-mails and webhook calls go PENDING → SENDING (claimed, with a lease) → SENT, or back to
 * PENDING with a later {@code dueAt}, or FAILED with the last error; in-app messages are SENT when
 * stored.
 */
@Component
public class Notifications {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private final MongoCollection<Document> collection;

    public Notifications(MongoDatabase database) {
        this.collection = database.getCollection("notifications");
        collection.createIndex(Indexes.ascending("eventId", "recipient", "channel"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("recipient", "channel", "createdAt"));
        collection.createIndex(Indexes.ascending("status", "dueAt"));
    }

    /** Stores a new notification; false if this (event, recipient, channel) already has one. */
    public boolean insert(Document notification) {
        try {
            collection.insertOne(notification);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** A recipient's messages on one channel, newest first. */
    public List<Document> page(String recipient, Channel channel, boolean unreadOnly, int page, int size) {
        return collection
                .find(ofRecipient(recipient, channel, unreadOnly))
                .sort(Sorts.descending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .into(new ArrayList<>());
    }

    public long count(String recipient, Channel channel, boolean unreadOnly) {
        return collection.countDocuments(ofRecipient(recipient, channel, unreadOnly));
    }

    private static Bson ofRecipient(String recipient, Channel channel, boolean unreadOnly) {
        Bson filter = and(eq("recipient", recipient), eq("channel", channel.name()));
        return unreadOnly ? and(filter, eq("read", false)) : filter;
    }

    /** Marks one of the recipient's in-app messages read; empty when it is not theirs (or does not exist). */
    public Optional<Document> markRead(String id, String recipient, Instant now) {
        return Optional.ofNullable(collection.findOneAndUpdate(
                and(eq("_id", id), eq("recipient", recipient), eq("channel", Channel.IN_APP.name())),
                Updates.combine(Updates.set("read", true), Updates.set("readAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    public Optional<Document> byId(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /** Sends that are due: pending ones whose time came, and claimed ones whose lease ran out (a crash). */
    public List<Document> due(Instant now, int limit) {
        return collection
                .find(and(in("status", PENDING, SENDING), lte("dueAt", Date.from(now))))
                .sort(Sorts.ascending("dueAt"))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** Takes a due send for this sweep: it is ours if nobody changed it since we read it. */
    public Optional<Document> claim(Document seen, Instant leaseUntil) {
        return Optional.ofNullable(collection.findOneAndUpdate(
                and(eq("_id", seen.get("_id")), eq("status", seen.getString("status")), eq("dueAt", seen.get("dueAt"))),
                Updates.combine(
                        Updates.set("status", SENDING),
                        Updates.set("dueAt", Date.from(leaseUntil)),
                        Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    public void sent(Object id, Instant now, String detail) {
        collection.updateOne(
                and(eq("_id", id), eq("status", SENDING)),
                Updates.combine(
                        Updates.set("status", SENT),
                        Updates.set("sentAt", Date.from(now)),
                        Updates.unset("dueAt"),
                        Updates.push("log", entry(now, "SENT", detail))));
    }

    /** The attempt failed; try again at {@code next}. */
    public void retry(Object id, Instant now, Instant next, String error) {
        collection.updateOne(
                and(eq("_id", id), eq("status", SENDING)),
                Updates.combine(
                        Updates.set("status", PENDING),
                        Updates.set("dueAt", Date.from(next)),
                        Updates.set("lastError", error),
                        Updates.push("log", entry(now, "RETRY", error))));
    }

    /** The endpoint's circuit or bulkhead refused the call: no attempt was made, look again later. */
    public void postpone(Object id, Instant next) {
        collection.updateOne(
                and(eq("_id", id), eq("status", SENDING)),
                Updates.combine(
                        Updates.set("status", PENDING),
                        Updates.set("dueAt", Date.from(next)),
                        Updates.inc("attempts", -1)));
    }

    public void failed(Object id, Instant now, String error) {
        collection.updateOne(
                and(eq("_id", id), eq("status", SENDING)),
                Updates.combine(
                        Updates.set("status", FAILED),
                        Updates.set("lastError", error),
                        Updates.unset("dueAt"),
                        Updates.push("log", entry(now, "FAILED", error))));
    }

    /** E-mails or webhook calls not yet sent (the retry queue). */
    public long pending(Channel channel) {
        return collection.countDocuments(and(eq("channel", channel.name()), in("status", PENDING, SENDING)));
    }

    private static Document entry(Instant at, String outcome, String detail) {
        return new Document("at", Date.from(at)).append("outcome", outcome).append("detail", detail);
    }
}
