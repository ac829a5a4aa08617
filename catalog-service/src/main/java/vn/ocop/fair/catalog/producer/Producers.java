package vn.ocop.fair.catalog.producer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The producers collection; a producer is registered (or replaced) under its own id. */
@Repository
public class Producers {

    private final MongoCollection<Document> collection;

    Producers(MongoDatabase catalogDatabase) {
        this.collection = catalogDatabase.getCollection("producers");
    }

    /** @return whether the producer was new */
    public boolean put(Producer producer) {
        var result = collection.replaceOne(
                Filters.eq("_id", producer.id()), toDocument(producer), new ReplaceOptions().upsert(true));
        return result.getUpsertedId() != null;
    }

    public Optional<Producer> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(Producers::fromDocument);
    }

    public List<Producer> page(int page, int size) {
        return collection
                .find()
                .sort(Sorts.ascending("name", "_id"))
                .skip(page * size)
                .limit(size)
                .map(Producers::fromDocument)
                .into(new ArrayList<>());
    }

    public long count() {
        return collection.countDocuments();
    }

    private static Document toDocument(Producer p) {
        return new Document("_id", p.id())
                .append("name", p.name())
                .append("type", p.type().name())
                .append("commune", p.commune())
                .append("province", p.province())
                .append("legacyDistrict", p.legacyDistrict())
                .append("craftVillage", p.craftVillage())
                .append("phone", p.phone())
                .append("email", p.email())
                .append("updatedAt", Date.from(p.updatedAt()));
    }

    private static Producer fromDocument(Document d) {
        return new Producer(
                d.getString("_id"),
                d.getString("name"),
                ProducerType.valueOf(d.getString("type")),
                d.getString("commune"),
                d.getString("province"),
                d.getString("legacyDistrict"),
                d.getString("craftVillage"),
                d.getString("phone"),
                d.getString("email"),
                d.getDate("updatedAt").toInstant());
    }
}
