package vn.ocop.fair.order.ordering.placing;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document per (customer, Idempotency-Key), inserted before the order is created: the insert
 * that wins creates the order, every other request with that key gets the winner's order.
 */
@Repository
class IdempotencyKeys {

    private final MongoCollection<Document> collection;

    IdempotencyKeys(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("idempotency_keys");
    }

    /** What an earlier request with the key claimed: its order id and the hash of its body. */
    record Claim(String orderId, String requestHash) {}

    /** @return empty if this request won the key, else the claim already made */
    Optional<Claim> claim(String customer, String key, String requestHash, String orderId, Instant now) {
        try {
            collection.insertOne(new Document("_id", id(customer, key))
                    .append("orderId", orderId)
                    .append("requestHash", requestHash)
                    .append("createdAt", Date.from(now)));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(customer, key);
        }
    }

    Optional<Claim> find(String customer, String key) {
        return Optional.ofNullable(
                        collection.find(Filters.eq("_id", id(customer, key))).first())
                .map(d -> new Claim(d.getString("orderId"), d.getString("requestHash")));
    }

    /** The request was refused: the key may be used again. */
    void forget(String customer, String key) {
        collection.deleteOne(Filters.eq("_id", id(customer, key)));
    }

    private static Document id(String customer, String key) {
        return new Document("customer", customer).append("key", key);
    }
}
