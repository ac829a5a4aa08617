package vn.ocop.fair.catalog.product;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.mongo.Migration;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * Once per database: gives the listed products stored before the {@code certificateDue} marker
 * existed their marker, so the certificate watch, which reads only through it, sees them. Each is
 * set only at the version it was read at; a product changed meanwhile got its marker from that change.
 */
@Component
class CertificateDueBackfill implements Migration {

    private final MongoCollection<Document> products;

    CertificateDueBackfill(Products products) {
        this.products = products.collection();
    }

    @Override
    public String name() {
        return "products.certificateDue";
    }

    @Override
    public int migrate() {
        List<Product> unmarked = products.find(Filters.and(
                        Filters.eq("status", ProductStatus.LISTED.name()),
                        Filters.exists(Products.CERTIFICATE_DUE.field(), false)))
                .projection(Projections.exclude(Outbox.fieldName()))
                .map(Products::fromDocument)
                .into(new ArrayList<>());
        int marked = 0;
        for (Product product : unmarked) {
            var due = product.certificateWatchDue();
            if (due.isPresent()
                    && products.updateOne(
                                            Filters.and(
                                                    Filters.eq(
                                                            "_id", product.id().value()),
                                                    Filters.eq("version", product.version())),
                                            Updates.set(
                                                    Products.CERTIFICATE_DUE.field(),
                                                    Products.certificateDue(product, due.get())))
                                    .getModifiedCount()
                            == 1) {
                marked++;
            }
        }
        return marked;
    }
}
