package vn.ocop.fair.order.fair;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Which booth sells which product at a fair: where a pickup order is collected. */
@Repository
public class Booths {

    private final MongoCollection<Document> collection;

    Booths(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("booth_assignments");
    }

    void assign(BoothAssignment a) {
        try { // a release seen first (a redelivery) stays a release: the upsert then hits the duplicate key
            collection.updateOne(
                    Filters.and(Filters.eq("_id", a.assignmentId()), Filters.ne("released", true)),
                    Updates.combine(
                            Updates.set("fairId", a.fairId()),
                            Updates.set("boothCode", a.boothCode()),
                            Updates.set("producerId", a.producerId()),
                            Updates.set("productIds", a.productIds()),
                            Updates.set("released", false)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    void release(String fairId, String assignmentId) {
        collection.updateOne(
                Filters.eq("_id", assignmentId),
                Updates.combine(Updates.set("fairId", fairId), Updates.set("released", true)),
                new UpdateOptions().upsert(true));
    }

    /** The booth code where the product is sold at the fair, if an assignment names it. */
    public Optional<String> boothSelling(String fairId, String productId) {
        return Optional.ofNullable(collection
                        .find(Filters.and(
                                Filters.eq("fairId", fairId),
                                Filters.eq("productIds", productId),
                                Filters.eq("released", false)))
                        .first())
                .map(d -> d.getString("boothCode"));
    }
}
