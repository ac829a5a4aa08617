package vn.ocop.fair.event.booth;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code booths} collection: one document per booth with {@code fairId} and {@code code}
 * (unique together), which the fair feature also counts and looks up.
 */
@Repository
public class Booths {

    private final MongoCollection<Document> collection;

    Booths(MongoDatabase eventDatabase) {
        this.collection = eventDatabase.getCollection("booths");
        collection.createIndex(Indexes.ascending("fairId", "code"), new IndexOptions().unique(true));
    }

    /** Adds the booths, none of whose codes the fair may already have. */
    void addAll(String fairId, List<Booth> booths) {
        List<String> codes = booths.stream().map(Booth::code).toList();
        List<String> taken = collection
                .find(Filters.and(Filters.eq("fairId", fairId), Filters.in("code", codes)))
                .map(d -> d.getString("code"))
                .into(new ArrayList<>());
        if (!taken.isEmpty()) {
            throw new BoothRefusals.BoothCodeTaken(fairId, String.join(", ", taken));
        }
        try {
            collection.insertMany(booths.stream().map(Booths::toDocument).toList());
        } catch (MongoBulkWriteException e) {
            throw new BoothRefusals.BoothCodeTaken(fairId, String.join(", ", codes)); // added meanwhile
        } catch (com.mongodb.MongoWriteException e) {
            throw new BoothRefusals.BoothCodeTaken(fairId, String.join(", ", codes));
        }
    }

    public Optional<Booth> find(String fairId, String code) {
        return Optional.ofNullable(collection.find(key(fairId, code)).first()).map(Booths::fromDocument);
    }

    public Booth require(String fairId, String code) {
        return find(fairId, code).orElseThrow(() -> new BoothRefusals.BoothNotFound(fairId, code));
    }

    /**
     * The fair's booths in floor-plan order: row, then column, then code. Read by the {@code _id}
     * prefix {@code "<fairId>/"}, which both the embedded server (walking its {@code _id} index)
     * and real MongoDB (index bounds) answer without reading other fairs' booths.
     */
    public List<Booth> ofFair(String fairId) {
        return collection
                .find(Filters.regex("_id", "^" + Pattern.quote(fairId + "/")))
                .sort(Sorts.ascending("gridY", "gridX", "code"))
                .map(Booths::fromDocument)
                .into(new ArrayList<>());
    }

    public long count(String fairId) {
        return collection.countDocuments(Filters.eq("fairId", fairId));
    }

    void change(String fairId, String code, Collection<Bson> changes) {
        collection.updateOne(key(fairId, code), Updates.combine(new ArrayList<>(changes)));
    }

    private static Bson key(String fairId, String code) {
        return Filters.and(Filters.eq("fairId", fairId), Filters.eq("code", code));
    }

    private static Document toDocument(Booth b) {
        return new Document("_id", b.fairId() + "/" + b.code())
                .append("fairId", b.fairId())
                .append("code", b.code())
                .append("zone", b.zone())
                .append("type", b.type().name())
                .append("sizeM2", b.sizeM2())
                .append("priceVnd", b.priceVnd())
                .append("gridX", b.gridX())
                .append("gridY", b.gridY())
                .append("blocked", b.blocked());
    }

    private static Booth fromDocument(Document d) {
        return new Booth(
                d.getString("fairId"),
                d.getString("code"),
                d.getString("zone"),
                BoothType.valueOf(d.getString("type")),
                d.get("sizeM2", Number.class).doubleValue(),
                d.get("priceVnd", Number.class).longValue(),
                d.get("gridX", Number.class).intValue(),
                d.get("gridY", Number.class).intValue(),
                Boolean.TRUE.equals(d.getBoolean("blocked")));
    }
}
