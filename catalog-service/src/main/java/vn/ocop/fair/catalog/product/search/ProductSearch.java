package vn.ocop.fair.catalog.product.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.fair.FairStand;
import vn.ocop.fair.catalog.fair.FairStands;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * Finds listed products: drafts and delisted products are nobody's search result. One page per
 * call, with the total of all matches.
 */
@Service
public class ProductSearch {

    private final MongoCollection<Document> products;

    ProductSearch(Products products) {
        this.products = products.collection();
    }

    public SearchPage search(ProductQuery query) {
        Bson filter = SearchFilter.of(query);
        int skip = query.page() * query.size();
        List<Document> found = query.ranksByWords()
                ? products.aggregate(List.of(
                                Aggregates.match(filter),
                                Relevance.rank(query.words()),
                                Aggregates.sort(Relevance.order()),
                                Aggregates.skip(skip),
                                Aggregates.limit(query.size()),
                                Aggregates.project(
                                        Projections.exclude(Outbox.fieldName(), Relevance.TIER, Relevance.POSITION))))
                        .into(new ArrayList<>())
                : products.find(filter)
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .sort(query.order().plainSort())
                        .skip(skip)
                        .limit(query.size())
                        .into(new ArrayList<>());
        return new SearchPage(
                found.stream()
                        .map(d -> new Found(Products.fromDocument(d), FairStands.in(d)))
                        .toList(),
                query.page(),
                query.size(),
                products.countDocuments(filter));
    }

    /** A product found, with the fairs it is on sale at. */
    public record Found(Product product, List<FairStand> fairs) {}

    public record SearchPage(List<Found> items, int page, int size, long total) {}
}
