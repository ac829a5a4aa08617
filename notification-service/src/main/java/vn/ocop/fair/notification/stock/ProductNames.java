package vn.ocop.fair.notification.stock;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.events.EventHandler;
import vn.ocop.fair.notification.events.IncomingEvent;

/**
 * The {@code products} read model: each product's name, from {@code ocop.catalog.products.v1}
 * (ProductListed / Updated / Delisted carry the whole snapshot; a newer version wins), so that
 * "stock low" names the product. Cosmetic: a product never seen is shown by its id.
 */
@Component
class ProductNames implements EventHandler {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProductCopy(String productId, Long version, Snapshot product) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Snapshot(String name) {}
    }

    private final MongoCollection<Document> products;

    ProductNames(MongoDatabase database) {
        this.products = database.getCollection("products");
    }

    @Override
    public Topic topic() {
        return Topic.PRODUCTS;
    }

    @Override
    public void handle(IncomingEvent event) {
        ProductCopy copy = event.read(ProductCopy.class);
        if (copy.productId() == null || copy.product() == null || copy.product().name() == null) {
            return;
        }
        long version = copy.version() == null ? 0 : copy.version();
        try {
            products.updateOne(
                    and(eq("_id", copy.productId()), or(exists("version", false), lt("version", version))),
                    Updates.combine(Updates.set("name", copy.product().name()), Updates.set("version", version)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a newer version is stored already
        }
    }

    Optional<String> name(String productId) {
        return Optional.ofNullable(products.find(eq("_id", productId)).first()).map(d -> d.getString("name"));
    }
}
