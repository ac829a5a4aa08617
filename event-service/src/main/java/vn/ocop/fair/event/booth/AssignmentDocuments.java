package vn.ocop.fair.event.booth;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The {@code booth_assignments} collection: one document per fair ({@code _id} = fair id) with
 * its live assignments, a version, and the outbox of the booth events. Saving is a compare-and-set
 * on the version, so of two racing changes exactly one is stored and the other is tried again on
 * the new state.
 */
@Repository
public class AssignmentDocuments {

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "booth_assignments";

    private final MongoCollection<Document> collection;

    AssignmentDocuments(MongoDatabase eventDatabase) {
        this.collection = eventDatabase.getCollection(COLLECTION);
    }

    FairAssignments load(String fairId) {
        Document d = collection
                .find(Filters.eq("_id", fairId))
                .projection(Projections.exclude(Outbox.fieldName()))
                .first();
        if (d == null) {
            return FairAssignments.none(fairId);
        }
        List<Assignment> assignments = d.getList("assignments", Document.class, List.of()).stream()
                .map(AssignmentDocuments::fromDocument)
                .toList();
        return new FairAssignments(fairId, d.get("version", Number.class).longValue(), assignments);
    }

    /** @return false if the fair's assignments changed since {@code changed} was loaded */
    boolean save(FairAssignments changed, List<OutboxEntry> events) {
        List<Document> assignments =
                changed.all().stream().map(AssignmentDocuments::toDocument).toList();
        if (changed.version() == 0) {
            try {
                collection.insertOne(Outbox.addTo(
                        new Document("_id", changed.fairId())
                                .append("version", 1L)
                                .append("assignments", assignments),
                        events));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", changed.fairId()), Filters.eq("version", changed.version())),
                Updates.combine(
                        Updates.set("assignments", assignments), Updates.inc("version", 1L), Outbox.append(events)));
        return result.getModifiedCount() == 1;
    }

    private static Document toDocument(Assignment a) {
        return new Document("assignmentId", a.assignmentId())
                .append("boothCode", a.boothCode())
                .append("producerId", a.producerId())
                .append("applicationId", a.applicationId())
                .append("productIds", a.productIds())
                .append("startsAt", Date.from(a.period().startsAt()))
                .append("endsAt", Date.from(a.period().endsAt()))
                .append("assignedAt", Date.from(a.assignedAt()));
    }

    private static Assignment fromDocument(Document d) {
        return new Assignment(
                d.getString("assignmentId"),
                d.getString("boothCode"),
                d.getString("producerId"),
                d.getString("applicationId"),
                new ArrayList<>(d.getList("productIds", String.class, List.of())),
                new Period(
                        d.getDate("startsAt").toInstant(), d.getDate("endsAt").toInstant()),
                d.getDate("assignedAt").toInstant());
    }
}
