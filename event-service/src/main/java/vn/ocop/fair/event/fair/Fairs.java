package vn.ocop.fair.event.fair;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * The {@code fairs} collection, one document per fair in the shape booths and applications read
 * (README "Data"). A change and its event are written in one single-document update that applies
 * only if the fair is still in the status and version it was read in: of two racing changes
 * (two scheduler instances, two organisers) exactly one wins.
 */
@Repository
public class Fairs {

    private static final String STATUS = "status";
    private static final String VERSION = "version";

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "fairs";

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> booths;
    private final FairEventEntries entries;

    Fairs(MongoDatabase eventDatabase, FairEventEntries entries) {
        this.collection = eventDatabase.getCollection(COLLECTION);
        this.booths = eventDatabase.getCollection("booths");
        this.entries = entries;
    }

    void add(Fair.Change created) {
        collection.insertOne(Outbox.addTo(toDocument(created.fair()), entries.of(created.event())));
    }

    /**
     * Stores the change if the fair is still in the status and version it was made from.
     *
     * @return false if another change got there first
     */
    boolean save(Fair before, Fair.Change change) {
        List<Bson> updates = new ArrayList<>();
        toDocument(change.fair()).forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(VERSION)) {
                updates.add(Updates.set(field, value));
            }
        });
        updates.add(Updates.inc(VERSION, change.fair().version() - before.version()));
        updates.add(Outbox.append(change.event() == null ? List.of() : entries.of(change.event())));
        return collection
                        .updateOne(
                                Filters.and(
                                        Filters.eq("_id", before.id()),
                                        Filters.eq(STATUS, before.status().name()),
                                        Filters.eq(VERSION, before.version())),
                                Updates.combine(updates))
                        .getMatchedCount()
                == 1;
    }

    public Optional<Fair> find(String id) {
        return Optional.ofNullable(collection
                        .find(Filters.eq("_id", id))
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .first())
                .map(Fairs::fromDocument);
    }

    long boothCount(String fairId) {
        return booths.countDocuments(Filters.eq("fairId", fairId));
    }

    /** Whether the fair has a booth with this code (activities may take place at one). */
    public boolean hasBooth(String fairId, String code) {
        return booths.countDocuments(Filters.and(Filters.eq("fairId", fairId), Filters.eq("code", code))) > 0;
    }

    /** Ids of fairs in {@code status} whose {@code instantField} is at or before {@code now}. */
    List<String> due(FairStatus status, String instantField, Instant now) {
        return collection
                .find(Filters.and(Filters.eq(STATUS, status.name()), Filters.lte(instantField, Date.from(now))))
                .projection(Projections.include("_id"))
                .map(d -> d.getString("_id"))
                .into(new ArrayList<>());
    }

    List<Fair> list(FairQuery query, boolean withDrafts) {
        return collection
                .find(filter(query, withDrafts))
                .projection(Projections.exclude(Outbox.fieldName()))
                .sort(Sorts.ascending("startsOn", "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .map(Fairs::fromDocument)
                .into(new ArrayList<>());
    }

    long count(FairQuery query, boolean withDrafts) {
        return collection.countDocuments(filter(query, withDrafts));
    }

    long countByStatus(FairStatus status) {
        return collection.countDocuments(Filters.eq(STATUS, status.name()));
    }

    private static Bson filter(FairQuery query, boolean withDrafts) {
        List<Bson> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(Filters.eq(STATUS, query.status().name()));
        }
        if (!withDrafts) {
            filters.add(Filters.ne(STATUS, FairStatus.DRAFT.name()));
        }
        if (query.from() != null) {
            filters.add(Filters.gte("endsOn", query.from().toString()));
        }
        if (query.to() != null) {
            filters.add(Filters.lte("startsOn", query.to().toString()));
        }
        if (query.province() != null && !query.province().isBlank()) {
            filters.add(Filters.regex(
                    "venue.province", "^" + Pattern.quote(query.province().strip()) + "$", "i"));
        }
        if (query.kind() != null) {
            filters.add(Filters.eq("kind", query.kind().name()));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    static Document toDocument(Fair fair) {
        FairPlan plan = fair.plan();
        Venue v = plan.venue();
        EntryRules r = plan.entryRules();
        return new Document("_id", fair.id())
                .append("name", plan.name())
                .append("kind", plan.kind().name())
                .append("theme", plan.theme())
                .append(
                        "venue",
                        v == null
                                ? null
                                : new Document("name", v.name())
                                        .append("address", v.address())
                                        .append("commune", v.commune())
                                        .append("province", v.province()))
                .append("timeZone", FairPlan.ZONE.getId())
                .append("startsOn", text(plan.startsOn()))
                .append("endsOn", text(plan.endsOn()))
                .append("opensAt", text(plan.opensAt()))
                .append("closesAt", text(plan.closesAt()))
                .append(STATUS, fair.status().name())
                .append("organiserId", fair.organiserId())
                .append(
                        "entryRules",
                        new Document("minimumStars", r.minimumStars())
                                .append("allowedProvinces", r.allowedProvinces())
                                .append("boothsPerProducer", r.boothsPerProducer())
                                .append("boothSubsidyPercent", r.boothSubsidyPercent()))
                .append(VERSION, fair.version())
                .append("firstOpeningAt", date(plan.firstOpening()))
                .append("lastClosingAt", date(plan.lastClosing()))
                .append("cancelReason", fair.cancelReason());
    }

    static Fair fromDocument(Document d) {
        Document v = d.get("venue", Document.class);
        Document r = d.get("entryRules", Document.class);
        FairPlan plan = new FairPlan(
                d.getString("name"),
                FairKind.valueOf(d.getString("kind")),
                d.getString("theme"),
                v == null
                        ? null
                        : new Venue(
                                v.getString("name"),
                                v.getString("address"),
                                v.getString("commune"),
                                v.getString("province")),
                day(d.getString("startsOn")),
                day(d.getString("endsOn")),
                time(d.getString("opensAt")),
                time(d.getString("closesAt")),
                r == null
                        ? null
                        : new EntryRules(
                                r.getInteger("minimumStars"),
                                r.getList("allowedProvinces", String.class),
                                r.getInteger("boothsPerProducer", EntryRules.DEFAULT_BOOTHS_PER_PRODUCER),
                                r.getInteger("boothSubsidyPercent", 0)));
        return new Fair(
                d.getString("_id"),
                plan,
                FairStatus.valueOf(d.getString(STATUS)),
                d.getString("organiserId"),
                ((Number) d.get(VERSION)).longValue(),
                d.getString("cancelReason"));
    }

    private static String text(Object value) {
        if (value instanceof LocalTime time) {
            return time.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        }
        return value == null ? null : value.toString();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
