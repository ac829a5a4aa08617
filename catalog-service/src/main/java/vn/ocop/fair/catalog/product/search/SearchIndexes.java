package vn.ocop.fair.catalog.product.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.catalog.product.SearchText;

/**
 * At start-up: the indexes search relies on (listed in the README; creating an existing one is a
 * no-op, and the embedded server accepts and ignores non-unique indexes), and {@code searchName}
 * for products stored before it existed.
 */
@Component
class SearchIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final MongoCollection<Document> products;

    SearchIndexes(Products products) {
        this.products = products.collection();
    }

    @Override
    public void run(ApplicationArguments args) {
        index("listed_by_name", Indexes.ascending("status", "searchName", "_id"));
        index("listed_by_price", Indexes.ascending("status", "priceVnd", "_id"));
        index(
                "listed_newest",
                Indexes.compoundIndex(
                        Indexes.ascending("status"), Indexes.descending("createdAt"), Indexes.ascending("_id")));
        index("listed_by_group_stars", Indexes.ascending("status", "group", "stars"));
        index("by_producer", Indexes.ascending("producerId", "status"));
        index("at_fair", Indexes.ascending("fairs.fairId", "status"));
        backfillSearchNames();
    }

    private void index(String name, Bson keys) {
        products.createIndex(keys, new IndexOptions().name(name));
    }

    private void backfillSearchNames() {
        List<Document> unnamed = products.find(Filters.exists("searchName", false))
                .projection(Projections.include("name"))
                .into(new ArrayList<>());
        for (Document d : unnamed) {
            products.updateOne(
                    Filters.eq("_id", d.get("_id")), Updates.set("searchName", SearchText.fold(d.getString("name"))));
        }
        if (!unnamed.isEmpty()) {
            log.info("Stored the folded name of {} products stored before search ranked by it", unnamed.size());
        }
    }
}
