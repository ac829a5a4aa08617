package vn.ocop.fair.catalog.product;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.product.events.ProductEvent;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The products collection. A product and the events its change raised are written in one
 * single-document atomic update (the in-document outbox), so neither exists without the other.
 */
@Repository
public class Products {

    static final String SOURCE = "/catalog-service";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    Products(MongoDatabase catalogDatabase, JsonMapper json) {
        this.collection = catalogDatabase.getCollection("products");
        this.json = json;
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    void add(Product product) {
        Document document = toDocument(product).append(Outbox.fieldName(), Outbox.field(outboxEntries(product)));
        collection.insertOne(document);
    }

    Optional<Product> find(ProductId id) {
        return Optional.ofNullable(collection
                        .find(Filters.eq("_id", id.value()))
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .first())
                .map(Products::fromDocument);
    }

    List<Product> page(int page, int size) {
        return collection
                .find()
                .projection(Projections.exclude(Outbox.fieldName()))
                .sort(Sorts.ascending("name", "_id"))
                .skip(page * size)
                .limit(size)
                .map(Products::fromDocument)
                .into(new ArrayList<>());
    }

    long count() {
        return collection.countDocuments();
    }

    private List<OutboxEntry> outboxEntries(Product product) {
        return product.raisedEvents().stream()
                .map(event -> OutboxEntry.of(
                        ProductEvent.TOPIC,
                        event.productId(),
                        event.cloudEventType(),
                        SOURCE,
                        event.occurredAt(),
                        json.writeValueAsString(event)))
                .toList();
    }

    private static Document toDocument(Product product) {
        ProductDetails d = product.details();
        return new Document("_id", product.id().value())
                .append("version", product.version())
                .append("name", d.name())
                .append("description", d.description())
                .append("group", d.group().name())
                .append("stars", d.stars())
                .append("priceVnd", d.priceVnd())
                .append("unit", d.unit())
                .append("producerId", d.producerId())
                .append("status", product.status().name())
                .append("listedAt", Date.from(product.listedAt()));
    }

    private static Product fromDocument(Document d) {
        ProductDetails details = new ProductDetails(
                d.getString("name"),
                d.getString("description"),
                OcopGroup.valueOf(d.getString("group")),
                d.getInteger("stars"),
                d.getLong("priceVnd"),
                d.getString("unit"),
                d.getString("producerId"));
        return new Product(
                new ProductId(d.getString("_id")),
                d.getLong("version"),
                details,
                ProductStatus.valueOf(d.getString("status")),
                d.getDate("listedAt").toInstant());
    }
}
