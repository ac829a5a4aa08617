package vn.ocop.fair.event.product;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The read model of catalog's products ({@code catalog_products}), kept in event-service's own database. */
@Repository
public class CatalogProducts {

    private final MongoCollection<Document> collection;

    CatalogProducts(MongoDatabase eventDatabase) {
        this.collection = eventDatabase.getCollection("catalog_products");
    }

    /**
     * Stores {@code product} unless an equal or newer version is already stored: one conditional
     * upsert, so a redelivered, duplicated or out-of-order event changes nothing.
     *
     * @return whether the read model changed
     */
    public boolean apply(CatalogProduct product) {
        try {
            var result = collection.updateOne(
                    Filters.and(Filters.eq("_id", product.productId()), Filters.lt("version", product.version())),
                    Updates.combine(
                            Updates.set("version", product.version()),
                            Updates.set("name", product.name()),
                            Updates.set("producerId", product.producerId()),
                            Updates.set("producerName", product.producerName()),
                            Updates.set("producerProvince", product.producerProvince()),
                            Updates.set("stars", product.stars()),
                            Updates.set("status", product.status()),
                            Updates.set(
                                    "certificateExpiresOn",
                                    product.certificateExpiresOn() == null
                                            ? null
                                            : product.certificateExpiresOn().toString()),
                            Updates.set(
                                    "changedAt", product.changedAt() == null ? null : Date.from(product.changedAt()))),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // an equal or newer version is stored: the upsert found no older one to replace
            }
            throw e;
        }
    }

    public Optional<CatalogProduct> find(String productId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", productId)).first())
                .map(CatalogProducts::fromDocument);
    }

    /** The known products among {@code productIds}, by id; unknown ids are simply absent. */
    public Map<String, CatalogProduct> findAll(Collection<String> productIds) {
        Map<String, CatalogProduct> found = new HashMap<>();
        collection.find(Filters.in("_id", productIds)).forEach(d -> found.put(d.getString("_id"), fromDocument(d)));
        return found;
    }

    /** The listed products of one producer, by name. */
    public List<CatalogProduct> listedOf(String producerId) {
        List<CatalogProduct> listed = new ArrayList<>();
        collection
                .find(Filters.and(Filters.eq("producerId", producerId), Filters.eq("status", CatalogProduct.LISTED)))
                .forEach(d -> listed.add(fromDocument(d)));
        listed.sort(java.util.Comparator.comparing(CatalogProduct::name));
        return listed;
    }

    private static CatalogProduct fromDocument(Document d) {
        Date changedAt = d.getDate("changedAt");
        String expiresOn = d.getString("certificateExpiresOn");
        Number stars = d.get("stars", Number.class);
        return new CatalogProduct(
                d.getString("_id"),
                d.get("version", Number.class).longValue(),
                d.getString("name"),
                d.getString("producerId"),
                d.getString("producerName"),
                d.getString("producerProvince"),
                stars == null ? 0 : stars.intValue(),
                d.getString("status"),
                expiresOn == null ? null : LocalDate.parse(expiresOn),
                changedAt == null ? null : changedAt.toInstant());
    }
}
