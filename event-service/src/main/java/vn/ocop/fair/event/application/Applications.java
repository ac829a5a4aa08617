package vn.ocop.fair.event.application;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The {@code applications} collection. An application's change and the events it raised are
 * written in one single-document update (the in-document outbox), conditional on its version.
 * The applications of fairs still running carry {@code current: "<fairId>|<id>"} under a sparse
 * unique index: the gauges' working set, read without the applications of fairs long over.
 */
@Repository
public class Applications {

    static final String CURRENT = "current";

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "applications";

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> counters;

    Applications(MongoDatabase eventDatabase) {
        this.collection = eventDatabase.getCollection(COLLECTION);
        this.counters = eventDatabase.getCollection("application_counters");
        collection.createIndex(
                Indexes.ascending(CURRENT),
                new IndexOptions().name("current_working_set").unique(true).sparse(true));
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    void add(ExhibitorApplication application, List<OutboxEntry> events) {
        collection.insertOne(Outbox.addTo(
                toDocument(application).append(CURRENT, current(application.fairId(), application.id())), events));
    }

    /** @return false if somebody else changed it since {@code expectedVersion} */
    boolean save(ExhibitorApplication application, long expectedVersion, List<OutboxEntry> events) {
        List<Bson> changes = new ArrayList<>();
        toDocument(application).forEach((field, value) -> {
            if (!field.equals("_id")) {
                changes.add(Updates.set(field, value));
            }
        });
        changes.add(Outbox.append(events));
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", application.id()), Filters.eq("version", expectedVersion)),
                Updates.combine(changes));
        return result.getModifiedCount() == 1;
    }

    Optional<ExhibitorApplication> find(String fairId, String id) {
        return Optional.ofNullable(collection
                        .find(Filters.and(Filters.eq("_id", id), Filters.eq("fairId", fairId)))
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .first())
                .map(Applications::fromDocument);
    }

    /** The producer's application to the fair that is still pending, approved or waitlisted. */
    Optional<ExhibitorApplication> active(String fairId, String producerId) {
        return Optional.ofNullable(collection
                        .find(Filters.and(
                                Filters.eq("fairId", fairId),
                                Filters.eq("producerId", producerId),
                                Filters.in(
                                        "status",
                                        ExhibitorApplication.ACTIVE.stream()
                                                .map(Enum::name)
                                                .toList())))
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .first())
                .map(Applications::fromDocument);
    }

    List<ExhibitorApplication> page(Bson filter, int page, int size) {
        return collection
                .find(filter)
                .projection(Projections.exclude(Outbox.fieldName()))
                .sort(Sorts.ascending("appliedAt", "_id"))
                .skip(page * size)
                .limit(size)
                .map(Applications::fromDocument)
                .into(new ArrayList<>());
    }

    long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    /** The fair's waitlist, first in line first. */
    List<ExhibitorApplication> waitlist(String fairId) {
        return collection
                .find(Filters.and(
                        Filters.eq("fairId", fairId), Filters.eq("status", ApplicationStatus.WAITLISTED.name())))
                .projection(Projections.exclude(Outbox.fieldName()))
                .sort(Sorts.ascending("waitlistRank", "_id"))
                .map(Applications::fromDocument)
                .into(new ArrayList<>());
    }

    /** The place in line of a waitlisted application (1 = next). */
    int waitlistPosition(ExhibitorApplication application) {
        return 1
                + (int) collection.countDocuments(Filters.and(
                        Filters.eq("fairId", application.fairId()),
                        Filters.eq("status", ApplicationStatus.WAITLISTED.name()),
                        Filters.lt("waitlistRank", application.waitlistRank())));
    }

    /** The next rank in the fair's waitlist: an atomic counter, so concurrent decisions get distinct ranks. */
    long nextWaitlistRank(String fairId) {
        Document counter = counters.findOneAndUpdate(
                Filters.eq("_id", fairId),
                Updates.inc("waitlist", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.get("waitlist", Number.class).longValue();
    }

    /**
     * Applications per status of each fair in the working set (fairs not closed or cancelled, and
     * any that finished since it was last retired), read through the {@code current} marker alone.
     */
    Map<String, Map<ApplicationStatus, Long>> currentByFair() {
        Map<String, Map<ApplicationStatus, Long>> counts = new HashMap<>();
        collection
                .find(Filters.regex(CURRENT, "^"))
                .projection(Projections.include("fairId", "status"))
                .forEach(d -> counts.computeIfAbsent(
                                d.getString("fairId"), fair -> new EnumMap<>(ApplicationStatus.class))
                        .merge(ApplicationStatus.valueOf(d.getString("status")), 1L, Long::sum));
        return counts;
    }

    /** Takes the applications of a fair that closed or was cancelled out of the working set (they change no more). */
    void retire(String fairId) {
        collection.updateMany(Filters.regex(CURRENT, "^" + Pattern.quote(fairId + "|")), Updates.unset(CURRENT));
    }

    /** Gives the applications of these fairs stored before the marker existed their marker; how many it marked. */
    int markCurrent(List<String> fairIds) {
        int marked = 0;
        for (Document d : collection
                .find(Filters.and(Filters.in("fairId", fairIds), Filters.exists(CURRENT, false)))
                .projection(Projections.include("fairId"))
                .into(new ArrayList<>())) {
            marked += (int) collection
                    .updateOne(
                            Filters.eq("_id", d.get("_id")),
                            Updates.set(CURRENT, current(d.getString("fairId"), d.getString("_id"))))
                    .getModifiedCount();
        }
        return marked;
    }

    private static String current(String fairId, String applicationId) {
        return fairId + "|" + applicationId;
    }

    private static Document toDocument(ExhibitorApplication a) {
        return new Document("_id", a.id())
                .append("fairId", a.fairId())
                .append("producerId", a.producerId())
                .append("productIds", a.productIds())
                .append("boothPreferences", a.boothPreferences())
                .append("status", a.status().name())
                .append("reason", a.reason())
                .append("waitlistRank", a.waitlistRank())
                .append("appliedBy", a.appliedBy())
                .append("appliedAt", Date.from(a.appliedAt()))
                .append("decidedAt", a.decidedAt() == null ? null : Date.from(a.decidedAt()))
                .append("version", a.version());
    }

    private static ExhibitorApplication fromDocument(Document d) {
        Number rank = d.get("waitlistRank", Number.class);
        Date decidedAt = d.getDate("decidedAt");
        return new ExhibitorApplication(
                d.getString("_id"),
                d.getString("fairId"),
                d.getString("producerId"),
                d.getList("productIds", String.class, List.of()),
                d.getList("boothPreferences", String.class, List.of()),
                ApplicationStatus.valueOf(d.getString("status")),
                d.getString("reason"),
                rank == null ? null : rank.longValue(),
                d.getString("appliedBy"),
                d.getDate("appliedAt").toInstant(),
                decidedAt == null ? null : decidedAt.toInstant(),
                d.get("version", Number.class).longValue());
    }
}
