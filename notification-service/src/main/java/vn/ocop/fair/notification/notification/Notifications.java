package vn.ocop.fair.notification.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code notifications} collection: every message to every recipient on every channel, stored
 * before it is sent. Its _id is derived from (eventId, recipient, channel) ({@link #idOf}), so a
 * redelivered event is a duplicate key and stores nothing (databases made before kept a unique
 * index on those three fields as well, which still holds for what they stored). E-mails and webhook calls go PENDING → SENDING (claimed, with a lease) → SENT, or back to
 * PENDING with a later {@code dueAt}, or FAILED with the last error; in-app messages are SENT when
 * stored. While an e-mail or webhook call is PENDING or SENDING it carries a {@link DueMarker}:
 * the sender finds due work through that marker's sparse unique index, never by scanning, and
 * every state change after the insert matches the exact marker it saw (a unique key).
 */
@Component
public class Notifications {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final MongoCollection<Document> collection;

    public Notifications(MongoDatabase database) {
        this.collection = database.getCollection("notifications");
        collection.createIndex(Indexes.ascending("recipient", "channel", "createdAt"));
        collection.createIndex(
                Indexes.ascending(DueMarker.FIELD),
                new IndexOptions().unique(true).sparse(true).name("sendDue_sparse_unique"));
        markUnmarked(database);
    }

    /**
     * The one _id of the notification of an event to a recipient on a channel: a name-based UUID
     * of the three, so every copy of a redelivered event gets the same one.
     */
    public static String idOf(String eventId, String recipient, Channel channel) {
        return UUID.nameUUIDFromBytes(
                        (eventId + "\n" + recipient + "\n" + channel.name()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Stores a new notification; false if this (event, recipient, channel) already has one. */
    public boolean insert(Document notification) {
        return !insertAll(List.of(notification)).isEmpty();
    }

    /**
     * Stores notifications in one round trip, unordered: those whose (event, recipient, channel)
     * already has one are left out (a redelivery), the others are returned, in order.
     */
    public List<Document> insertAll(List<Document> notifications) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        notifications.forEach(Notifications::mark);
        try {
            collection.insertMany(notifications, new InsertManyOptions().ordered(false));
            return notifications;
        } catch (MongoBulkWriteException e) {
            Set<Integer> duplicates = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
            List<Document> inserted = new ArrayList<>(notifications.size() - duplicates.size());
            for (int i = 0; i < notifications.size(); i++) {
                if (!duplicates.contains(i)) {
                    inserted.add(notifications.get(i));
                }
            }
            return inserted;
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

    /**
     * Sends that are due, oldest first: pending ones whose time came, and claimed ones whose lease
     * ran out (a crash). Reads the markers due by now, not the collection.
     */
    public List<Document> due(Instant now, int limit) {
        return collection
                .find(regex(DueMarker.FIELD, DueMarker.dueBy(now)))
                .sort(Sorts.ascending(DueMarker.FIELD))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** Takes a due send for this sweep: it is ours if nobody changed it since we read it. */
    public Optional<Document> claim(Document seen, Instant leaseUntil) {
        return Optional.ofNullable(collection.findOneAndUpdate(
                eq(DueMarker.FIELD, seen.getString(DueMarker.FIELD)),
                Updates.combine(
                        Updates.set("status", SENDING),
                        Updates.set("dueAt", Date.from(leaseUntil)),
                        Updates.set(DueMarker.FIELD, marker(seen, leaseUntil)),
                        Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    /** A send claimed when stored (due at once): SENDING, first attempt, leased until {@code leaseUntil}. */
    public static Document claimedAtOnce(Document notification, Instant leaseUntil) {
        return notification
                .append("status", SENDING)
                .append("dueAt", Date.from(leaseUntil))
                .append("attempts", 1);
    }

    public void sent(Document claimed, Instant now, String detail) {
        sentAll(List.of(new Sent(claimed, now, detail)));
    }

    /** A send that went through: the claimed document, when, and what the endpoint answered. */
    public record Sent(Document claimed, Instant at, String detail) {}

    /** Marks sends SENT in one round trip, each by the marker it was claimed with. */
    public void sentAll(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> updates = new ArrayList<>(sent.size());
        for (Sent s : sent) {
            updates.add(new UpdateOneModel<>(
                    eq(DueMarker.FIELD, s.claimed().getString(DueMarker.FIELD)),
                    Updates.combine(
                            Updates.set("status", SENT),
                            Updates.set("sentAt", Date.from(s.at())),
                            Updates.unset("dueAt"),
                            Updates.unset(DueMarker.FIELD),
                            Updates.push("log", entry(s.at(), "SENT", s.detail())))));
        }
        collection.bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    /** The attempt failed; try again at {@code next}. */
    public void retry(Document claimed, Instant now, Instant next, String error) {
        dueAgain(claimed, next, Updates.set("lastError", error), Updates.push("log", entry(now, "RETRY", error)));
    }

    /** The endpoint's circuit or bulkhead refused the call: no attempt was made, look again later. */
    public void postpone(Document claimed, Instant next) {
        dueAgain(claimed, next, Updates.inc("attempts", -1));
    }

    /** A claimed notification pending again, due at {@code next}, with {@code more} changes. */
    private void dueAgain(Document claimed, Instant next, Bson... more) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("status", PENDING),
                Updates.set("dueAt", Date.from(next)),
                Updates.set(DueMarker.FIELD, marker(claimed, next))));
        updates.addAll(List.of(more));
        collection.updateOne(eq(DueMarker.FIELD, claimed.getString(DueMarker.FIELD)), Updates.combine(updates));
    }

    public void failed(Document claimed, Instant now, String error) {
        collection.updateOne(
                eq(DueMarker.FIELD, claimed.getString(DueMarker.FIELD)),
                Updates.combine(
                        Updates.set("status", FAILED),
                        Updates.set("lastError", error),
                        Updates.unset("dueAt"),
                        Updates.unset(DueMarker.FIELD),
                        Updates.push("log", entry(now, "FAILED", error))));
    }

    /** E-mails or webhook calls not yet sent (the retry queue), counted from the markers. */
    public long pending(Channel channel) {
        long count = 0;
        for (Document ignored : collection
                .find(regex(DueMarker.FIELD, DueMarker.ofChannel(channel.name())))
                .projection(Projections.include("_id"))) {
            count++;
        }
        return count;
    }

    private static void mark(Document notification) {
        Object status = notification.get("status");
        if ((PENDING.equals(status) || SENDING.equals(status)) && notification.getDate("dueAt") != null) {
            notification.put(
                    DueMarker.FIELD,
                    marker(notification, notification.getDate("dueAt").toInstant()));
        }
    }

    private static String marker(Document notification, Instant due) {
        return DueMarker.of(due, notification.getString("channel"), notification.get("_id"));
    }

    /** Sends stored before the markers existed get theirs, once (a scan at the first start only). */
    private void markUnmarked(MongoDatabase database) {
        MongoCollection<Document> migrations = database.getCollection("migrations");
        String name = "notifications.sendDue";
        if (migrations.find(eq("_id", name)).first() != null) {
            return;
        }
        int marked = 0;
        for (Document open : collection.find(and(in("status", PENDING, SENDING), exists(DueMarker.FIELD, false)))) {
            Date due = open.getDate("dueAt");
            if (due != null) {
                collection.updateOne(
                        eq("_id", open.get("_id")), Updates.set(DueMarker.FIELD, marker(open, due.toInstant())));
                marked++;
            }
        }
        migrations.replaceOne(
                eq("_id", name), new Document("_id", name).append("marked", marked), new ReplaceOptions().upsert(true));
        if (marked > 0) {
            log.info("Gave {} stored sends their due marker", marked);
        }
    }

    private static Document entry(Instant at, String outcome, String detail) {
        return new Document("at", Date.from(at)).append("outcome", outcome).append("detail", detail);
    }
}
