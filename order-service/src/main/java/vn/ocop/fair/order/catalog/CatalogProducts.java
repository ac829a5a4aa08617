package vn.ocop.fair.order.catalog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.order.readmodel.Versioned;

/** The read model of catalog's products, kept in order-service's own database. */
@Repository
public class CatalogProducts {

    private final MongoCollection<Document> collection;

    CatalogProducts(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("catalog_products");
    }

    /**
     * Stores {@code product} unless an equal or newer version is already stored: one conditional
     * upsert, so a redelivered, duplicated or out-of-order event changes nothing.
     *
     * @return whether the read model changed
     */
    boolean apply(CatalogProduct product) {
        return Versioned.upsert(
                collection,
                product.productId(),
                product.version(),
                Updates.combine(
                        Updates.set("name", product.name()),
                        Updates.set("priceVnd", product.priceVnd()),
                        Updates.set("unit", product.unit()),
                        Updates.set("producerId", product.producerId()),
                        Updates.set("status", product.status()),
                        Updates.set("group", product.group()),
                        Updates.set("changedAt", product.changedAt() == null ? null : Date.from(product.changedAt()))));
    }

    public Optional<CatalogProduct> find(String productId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", productId)).first())
                .map(CatalogProducts::fromDocument);
    }

    /** The products with these ids that the read model knows. */
    public java.util.Map<String, CatalogProduct> findAll(java.util.Collection<String> productIds) {
        java.util.Map<String, CatalogProduct> found = new java.util.HashMap<>();
        collection.find(Filters.in("_id", productIds)).forEach(d -> {
            CatalogProduct p = fromDocument(d);
            found.put(p.productId(), p);
        });
        return found;
    }

    private static CatalogProduct fromDocument(Document d) {
        Date changedAt = d.getDate("changedAt");
        return new CatalogProduct(
                d.getString("_id"),
                d.getLong("version"),
                d.getString("name"),
                d.getLong("priceVnd"),
                d.getString("unit"),
                d.getString("producerId"),
                d.getString("status"),
                d.getString("group"),
                changedAt == null ? null : changedAt.toInstant());
    }
}
