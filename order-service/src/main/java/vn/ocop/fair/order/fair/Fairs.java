package vn.ocop.fair.order.fair;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.order.readmodel.Versioned;

/** The read model of event-service's fairs: the highest version of each fair's snapshot. */
@Repository
public class Fairs {

    private final MongoCollection<Document> collection;

    Fairs(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("fairs");
    }

    boolean apply(Fair fair) {
        return Versioned.upsert(
                collection,
                fair.fairId(),
                fair.version(),
                Updates.combine(
                        Updates.set("name", fair.name()),
                        Updates.set("status", fair.status()),
                        Updates.set("timeZone", fair.timeZone()),
                        Updates.set("startsOn", fair.startsOn().toString()),
                        Updates.set("endsOn", fair.endsOn().toString()),
                        Updates.set(
                                "opensAt",
                                fair.opensAt() == null ? null : fair.opensAt().toString()),
                        Updates.set(
                                "closesAt",
                                fair.closesAt() == null ? null : fair.closesAt().toString())));
    }

    public Optional<Fair> find(String fairId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", fairId)).first())
                .map(d -> new Fair(
                        d.getString("_id"),
                        d.getLong("version"),
                        d.getString("name"),
                        d.getString("status"),
                        d.getString("timeZone"),
                        LocalDate.parse(d.getString("startsOn")),
                        LocalDate.parse(d.getString("endsOn")),
                        time(d.getString("opensAt")),
                        time(d.getString("closesAt"))));
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
