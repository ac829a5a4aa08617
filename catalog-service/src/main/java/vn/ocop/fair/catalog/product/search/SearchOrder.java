package vn.ocop.fair.catalog.product.search;

import com.mongodb.client.model.Sorts;
import java.util.Arrays;
import org.bson.conversions.Bson;

/** How search results are ordered; every order ends on the product id, so pages never overlap. */
public enum SearchOrder {
    /** Best match first (see {@link Relevance}); without words to match, by folded name. */
    RELEVANCE("relevance"),
    /** Cheapest first. */
    PRICE("price"),
    /** Dearest first. */
    PRICE_DESCENDING("-price"),
    /** Most recently added first. */
    NEWEST("newest");

    /** Every order's name as the API spells it, as a regular expression. */
    public static final String NAMES = "relevance|price|-price|newest";

    private final String apiName;

    SearchOrder(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** @throws IllegalArgumentException for a name that is none of {@link #NAMES} */
    public static SearchOrder named(String name) {
        return Arrays.stream(values())
                .filter(order -> order.apiName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No search order " + name));
    }

    /** The sort of a plain query (one that does not rank by matched words). */
    Bson plainSort() {
        return switch (this) {
            case RELEVANCE -> Sorts.ascending("searchName", "_id");
            case PRICE -> Sorts.ascending("priceVnd", "_id");
            case PRICE_DESCENDING -> Sorts.orderBy(Sorts.descending("priceVnd"), Sorts.ascending("_id"));
            case NEWEST -> Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id"));
        };
    }
}
