package vn.ocop.fair.catalog.product.search;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Field;
import com.mongodb.client.model.Sorts;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * How well a product matches the words of a query, computed in the aggregation from the folded
 * fields every product stores: {@code searchName} (its name) and {@code searchText} (name,
 * producer's name, craft village). Only {@code $addFields} with {@code $indexOfCP}, {@code $cond},
 * {@code $and}, {@code $min}, {@code $concat}, {@code $ifNull}: real MongoDB and the embedded server
 * both evaluate them.
 *
 * <p>The rule, best first:
 *
 * <ol>
 *   <li><b>tier</b>: 0 when every word starts a word of the product's name, 1 when some word is
 *       found only in the producer's name or the craft village;
 *   <li><b>position</b>: the earliest character offset at which a query word starts a word — in
 *       the name for tier 0, in name + producer + village for tier 1 (so "Lụa Vạn Phúc" comes
 *       before "Khăn lụa Vạn Phúc" for "lua");
 *   <li>then by folded name, then by id, so equal matches keep a stable order across pages.
 * </ol>
 */
final class Relevance {

    static final String TIER = "relevanceTier";
    static final String POSITION = "relevancePosition";

    private Relevance() {}

    /** The stage that adds {@link #TIER} and {@link #POSITION} for {@code words} (at least one). */
    static Bson rank(List<String> words) {
        Document name = spaced("$searchName");
        Document text = spaced("$searchText");
        List<Document> inName =
                words.stream().map(w -> at(name, w)).map(Relevance::found).toList();
        Document nameHasAll = new Document("$and", inName);
        Document firstInName =
                new Document("$min", words.stream().map(w -> at(name, w)).toList());
        Document firstInText =
                new Document("$min", words.stream().map(w -> at(text, w)).toList());
        return Aggregates.addFields(
                new Field<>(TIER, new Document("$cond", List.of(nameHasAll, 0, 1))),
                new Field<>(POSITION, new Document("$cond", List.of(nameHasAll, firstInName, firstInText))));
    }

    static Bson order() {
        return Sorts.ascending(TIER, POSITION, "searchName", "_id");
    }

    /** " " + the field (empty if missing), so every word, the first too, follows a space. */
    private static Document spaced(String field) {
        return new Document("$concat", List.of(" ", new Document("$ifNull", List.of(field, ""))));
    }

    /** Where in {@code spacedText} a word starts with {@code word}; -1 if nowhere. */
    private static Document at(Document spacedText, String word) {
        return new Document("$indexOfCP", List.of(spacedText, " " + word));
    }

    private static Document found(Document position) {
        return new Document("$gte", List.of(position, 0));
    }
}
