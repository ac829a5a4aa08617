package vn.ocop.fair.order.ordering.placing;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per (customer, Idempotency-Key), inserted before the order is created: the insert
 * that wins creates the order, every other request with that key gets the winner's order. The
 * document keeps a hash of the winner's body, so that a different order sent with the same key is
 * told apart.
 */
@Repository
class IdempotencyKeys {

    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private final Clock clock;

    IdempotencyKeys(MongoDatabase orderDatabase, JsonMapper json, Clock clock) {
        this.collection = orderDatabase.getCollection("idempotency_keys");
        this.json = json;
        this.clock = clock;
    }

    /** What an earlier request with the key claimed: its order id and the hash of its body. */
    record Claim(String orderId, String requestHash) {}

    /** @return empty if this request won the key, else the claim already made */
    Optional<Claim> claim(String customer, String key, String requestHash, String orderId) {
        try {
            collection.insertOne(new Document("_id", id(customer, key))
                    .append("orderId", orderId)
                    .append("requestHash", requestHash)
                    .append("createdAt", Date.from(clock.instant())));
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

    /** The SHA-256 of the request's JSON, as a claim keeps it. */
    String hash(OrderRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document id(String customer, String key) {
        return new Document("customer", customer).append("key", key);
    }
}
