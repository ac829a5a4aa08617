package vn.ocop.fair.catalog.product.search;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import vn.ocop.fair.catalog.fair.FairStands;
import vn.ocop.fair.catalog.product.ProductStatus;

/** The MongoDB filter of a query: listed products only, every word and every given filter. */
final class SearchFilter {

    private static final String METACHARACTERS = "\\^$.|?*+()[]{}-/#";

    private SearchFilter() {}

    static Bson of(ProductQuery query) {
        List<Bson> all = new ArrayList<>();
        all.add(Filters.eq("status", ProductStatus.LISTED.name()));
        for (String word : query.words()) {
            all.add(Filters.regex("searchText", wordStart(word)));
        }
        if (query.group() != null) {
            all.add(Filters.eq("group", query.group().name()));
        }
        if (query.minStars() != null) {
            all.add(Filters.gte("stars", query.minStars()));
        }
        if (query.province() != null) {
            all.add(Filters.regex("producer.provinceKey", lastWords(query.province())));
        }
        if (query.commune() != null) {
            all.add(Filters.regex("producer.communeKey", lastWords(query.commune())));
        }
        if (query.producerId() != null) {
            all.add(Filters.eq("producerId", query.producerId()));
        }
        if (query.minPriceVnd() != null) {
            all.add(Filters.gte("priceVnd", query.minPriceVnd()));
        }
        if (query.maxPriceVnd() != null) {
            all.add(Filters.lte("priceVnd", query.maxPriceVnd()));
        }
        if (query.fairId() != null) {
            all.add(FairStands.atFair(query.fairId()));
        }
        return Filters.and(all);
    }

    /** A word of folded text that starts with {@code word}: "phu" is in "lua van phuc", "uc" is not. */
    static String wordStart(String word) {
        return "(?:^| )" + literal(word);
    }

    /** Folded text that ends with the words {@code words}: "ha dong" ends "phuong ha dong". */
    static String lastWords(String words) {
        return "(?:^| )" + literal(words) + "$";
    }

    /**
     * {@code text} as a regular expression that matches only itself, in the syntax real MongoDB
     * (PCRE) and the embedded server (java.util.regex) share. Folded text holds only letters,
     * digits and spaces, but nothing a user typed reaches a pattern unescaped.
     */
    static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            if (METACHARACTERS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }
}
