package vn.ocop.fair.order.fair;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Which booth sells which product at a fair: where a pickup order is collected. The assignments
 * ({@code booth_assignments}, one per assignment) and, for the orders, their products
 * ({@code booth_products}: {@code {_id: "<fairId>|<productId>", booths: [{assignmentId, boothCode}]}}),
 * so that an order finds its booth by {@code _id}.
 */
@Repository
public class Booths {

    static final String LISTED = "productsListed";

    private final MongoCollection<Document> assignments;
    private final MongoCollection<Document> products;

    Booths(MongoDatabase orderDatabase) {
        this.assignments = orderDatabase.getCollection("booth_assignments");
        this.products = orderDatabase.getCollection("booth_products");
        listProductsOfAssignmentsStoredBefore();
    }

    /** Assignments stored before {@code booth_products} existed (a few per fair): listed once, at start-up. */
    private void listProductsOfAssignmentsStoredBefore() {
        for (Document a : assignments.find(Filters.and(Filters.eq("released", false), Filters.ne(LISTED, true)))) {
            list(a.getString("fairId"), a.getString("_id"), a.getString("boothCode"), productIds(a));
            assignments.updateOne(Filters.eq("_id", a.get("_id")), Updates.set(LISTED, true));
        }
    }

    void assign(BoothAssignment a) {
        Document before;
        try { // a release seen first (a redelivery) stays a release: the upsert then hits the duplicate key
            before = assignments.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", a.assignmentId()), Filters.ne("released", true)),
                    Updates.combine(
                            Updates.set("fairId", a.fairId()),
                            Updates.set("boothCode", a.boothCode()),
                            Updates.set("producerId", a.producerId()),
                            Updates.set("productIds", a.productIds()),
                            Updates.set("released", false),
                            Updates.set(LISTED, true)), // the event is redelivered until the lines below ran
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        } catch (MongoException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return;
        }
        if (before != null) { // assigned again: the products or the booth it no longer has
            boolean sameBooth = Objects.equals(a.boothCode(), before.getString("boothCode"));
            unlist(
                    a.fairId(),
                    a.assignmentId(),
                    productIds(before).stream()
                            .filter(p -> !sameBooth || !a.productIds().contains(p))
                            .toList());
        }
        list(a.fairId(), a.assignmentId(), a.boothCode(), a.productIds());
    }

    void release(String fairId, String assignmentId) {
        Document before = assignments.findOneAndUpdate(
                Filters.eq("_id", assignmentId),
                Updates.combine(Updates.set("fairId", fairId), Updates.set("released", true)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        if (before != null) {
            String assignedAt = before.getString("fairId");
            unlist(assignedAt == null ? fairId : assignedAt, assignmentId, productIds(before));
        }
    }

    /** The booth code where the product is sold at the fair, if an assignment names it: one read by {@code _id}. */
    public Optional<String> boothSelling(String fairId, String productId) {
        Document listed =
                products.find(Filters.eq("_id", key(fairId, productId))).first();
        if (listed == null) {
            return Optional.empty();
        }
        return listed.getList("booths", Document.class, List.of()).stream()
                .map(b -> b.getString("boothCode"))
                .findFirst();
    }

    private void list(String fairId, String assignmentId, String boothCode, List<String> productIds) {
        for (String productId : productIds) {
            products.updateOne(
                    Filters.eq("_id", key(fairId, productId)),
                    Updates.addToSet(
                            "booths", new Document("assignmentId", assignmentId).append("boothCode", boothCode)),
                    new UpdateOptions().upsert(true));
        }
    }

    private void unlist(String fairId, String assignmentId, List<String> productIds) {
        for (String productId : productIds) {
            products.updateOne(
                    Filters.eq("_id", key(fairId, productId)),
                    Updates.pull("booths", new Document("assignmentId", assignmentId)));
        }
    }

    private static List<String> productIds(Document assignment) {
        return assignment.getList("productIds", String.class, List.of());
    }

    private static String key(String fairId, String productId) {
        return fairId + "|" + productId;
    }
}
