package vn.ocop.fair.catalog.product;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.mongo.SweepMarker;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.product.events.ProductEvent;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * The products collection. A product's change and the events it raised are written in one
 * single-document atomic update (the in-document outbox), so neither exists without the other;
 * an update applies only to the version it was made from (optimistic locking).
 */
@Repository
public class Products {

    static final String SOURCE = "/catalog-service";

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "products";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    /** Listed products with a certificate, due when the watch must next look at them (a notice, or the lapse). */
    static final SweepMarker CERTIFICATE_DUE = new SweepMarker("certificateDue");

    Products(MongoDatabase catalogDatabase, JsonMapper json) {
        this.collection = catalogDatabase.getCollection(COLLECTION);
        this.json = json;
        CERTIFICATE_DUE.index(collection);
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    void add(Product product, Producer producer) {
        Document document = Outbox.addTo(
                toDocument(product)
                        .append("producer", producerSummary(producer))
                        .append("searchText", searchText(product, producer))
                        .append("searchName", SearchText.fold(product.details().name())),
                outboxEntries(product, producer));
        product.certificateWatchDue()
                .ifPresent(due -> document.append(CERTIFICATE_DUE.field(), certificateDue(product, due)));
        collection.insertOne(document);
    }

    /**
     * Stores {@code product}'s new state and events if it is still at {@code expectedVersion}.
     *
     * @return false if somebody else changed it first
     */
    boolean save(Product product, long expectedVersion, Producer producer) {
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set("searchText", searchText(product, producer)));
        changes.add(Updates.set("searchName", SearchText.fold(product.details().name())));
        toDocument(product).forEach((field, value) -> {
            if (!field.equals("_id")) {
                changes.add(Updates.set(field, value));
            }
        });
        changes.add(product.certificateWatchDue()
                .map(due -> Updates.set(CERTIFICATE_DUE.field(), certificateDue(product, due)))
                .orElseGet(CERTIFICATE_DUE::unset));
        changes.add(Outbox.append(outboxEntries(product, producer)));
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", product.id().value()), Filters.eq("version", expectedVersion)),
                Updates.combine(changes));
        return result.getMatchedCount() == 1;
    }

    Optional<Product> find(ProductId id) {
        return Optional.ofNullable(collection
                        .find(Filters.eq("_id", id.value()))
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .first())
                .map(Products::fromDocument);
    }

    long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    /** Every product of these producers, whatever its status: what an import matches its rows against. */
    public List<Product> ofProducers(Collection<String> producerIds) {
        return collection
                .find(Filters.in("producerId", producerIds))
                .projection(Projections.exclude(Outbox.fieldName()))
                .map(Products::fromDocument)
                .into(new ArrayList<>());
    }

    /** The status of each of these products that exists, in one read by {@code _id}. */
    Map<String, ProductStatus> statuses(Collection<String> ids) {
        Map<String, ProductStatus> statuses = new HashMap<>();
        collection
                .find(Filters.in("_id", ids))
                .projection(Projections.include("status"))
                .forEach(d -> statuses.put(d.getString("_id"), ProductStatus.valueOf(d.getString("status"))));
        return statuses;
    }

    /**
     * Products the certificate watch must look at by {@code day}: read through the sparse
     * {@code certificateDue} marker, never the whole collection.
     */
    List<ProductId> certificatesDueBy(LocalDate day) {
        return collection
                .find(CERTIFICATE_DUE.dueBy(day(day).toInstant()))
                .projection(Projections.include("_id"))
                .map(d -> new ProductId(d.getString("_id")))
                .into(new ArrayList<>());
    }

    /** The marker of a product the watch must look at on {@code due}. */
    static String certificateDue(Product product, LocalDate due) {
        return CERTIFICATE_DUE.value(day(due).toInstant(), product.id().value());
    }

    /** The product's events for the outbox; product snapshots get the producer's name and province. */
    private List<OutboxEntry> outboxEntries(Product product, Producer producer) {
        return product.raisedEvents().stream()
                .map(event -> event instanceof ProductEvent productEvent
                        ? productEvent.withProducer(producer.name(), producer.province())
                        : event)
                .map(event -> OutboxEntry.of(
                        event.topic(),
                        event.key(),
                        event.cloudEventType(),
                        SOURCE,
                        event.occurredAt(),
                        json.writeValueAsString(event)))
                .toList();
    }

    static String searchText(Product product, Producer producer) {
        return SearchText.fold(String.join(
                " ",
                product.details().name(),
                producer.name(),
                producer.craftVillage() == null ? "" : producer.craftVillage()));
    }

    private static Document producerSummary(Producer producer) {
        return new Document("name", producer.name())
                .append("commune", producer.commune())
                .append("province", producer.province())
                .append("provinceKey", SearchText.fold(producer.province()))
                .append("communeKey", SearchText.fold(producer.commune()));
    }

    static Document toDocument(Product product) {
        ProductDetails d = product.details();
        Certificate c = d.certificate();
        return new Document("_id", product.id().value())
                .append("producerId", product.producerId())
                .append("version", product.version())
                .append("name", d.name())
                .append("description", d.description())
                .append("group", d.group().name())
                .append("stars", d.stars())
                .append("priceVnd", d.priceVnd())
                .append("unit", d.unit())
                .append("images", d.images())
                .append(
                        "certificate",
                        c == null
                                ? null
                                : new Document("decisionNumber", c.decisionNumber())
                                        .append("issuingBody", c.issuingBody())
                                        .append("issuedOn", day(c.issuedOn()))
                                        .append("expiresOn", day(c.expiresOn())))
                .append("status", product.status().name())
                .append("createdAt", Date.from(product.createdAt()))
                .append("changedAt", Date.from(product.changedAt()))
                .append("expiryNotices", expiryNotices(product.expiryNotices()));
    }

    private static Document expiryNotices(ExpiryNotices notices) {
        return notices.decisionNumber() == null
                ? null
                : new Document("decisionNumber", notices.decisionNumber())
                        .append("expiresOn", day(notices.expiresOn()))
                        .append("thresholds", notices.thresholds());
    }

    private static ExpiryNotices expiryNotices(Document d) {
        return d == null
                ? ExpiryNotices.NONE
                : new ExpiryNotices(
                        d.getString("decisionNumber"),
                        day(d.getDate("expiresOn")),
                        d.getList("thresholds", Integer.class));
    }

    /** The product a document of this collection holds (fields it does not know, like {@code fairs}, are left out). */
    public static Product fromDocument(Document d) {
        Document c = d.get("certificate", Document.class);
        ProductDetails details = new ProductDetails(
                d.getString("name"),
                d.getString("description"),
                OcopGroup.valueOf(d.getString("group")),
                d.getInteger("stars"),
                d.getLong("priceVnd"),
                d.getString("unit"),
                d.getList("images", String.class),
                c == null
                        ? null
                        : new Certificate(
                                c.getString("decisionNumber"),
                                c.getString("issuingBody"),
                                day(c.getDate("issuedOn")),
                                day(c.getDate("expiresOn"))));
        return new Product(
                new ProductId(d.getString("_id")),
                d.getString("producerId"),
                d.getLong("version"),
                details,
                ProductStatus.valueOf(d.getString("status")),
                d.getDate("createdAt").toInstant(),
                d.getDate("changedAt").toInstant(),
                expiryNotices(d.get("expiryNotices", Document.class)),
                List.of());
    }

    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
