package vn.ocop.fair.local.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * What mongo-java-server lacks and every real MongoDB planner does: a query that pins a unique key
 * (the {@code _id} above all) and adds other conditions, such as the conditional update {@code
 * {_id: x, status: "PENDING", version: 3}}, is served through that key's index and the rest is
 * matched on the one candidate. Out of the box the server uses an index only when the query names
 * exactly the index's keys, so such a query read every document of the collection.
 */
final class UniqueKeyPlanner {

    private UniqueKeyPlanner() {}

    /**
     * The positions of the only documents that can match {@code query}, or null when the server's
     * own planning should run: an index already answers the whole query, or no unique index has all
     * its keys in it.
     */
    static <P> Iterable<P> candidates(Document query, List<Index<P>> indexes) {
        for (Index<P> index : indexes) {
            if (index.canHandle(query)) {
                return null;
            }
        }
        for (Index<P> index : indexes) {
            Document pinned = pinnedKeys(query, index);
            if (pinned != null && index.canHandle(pinned)) {
                return index.getPositions(pinned);
            }
        }
        return null;
    }

    private static Document pinnedKeys(Document query, Index<?> index) {
        if (!index.isUnique()) {
            return null;
        }
        Document pinned = new Document();
        for (IndexKey key : index.getKeys()) {
            Object condition = condition(query, key.getKey());
            if (condition == null) {
                return null;
            }
            pinned.put(key.getKey(), condition);
        }
        return pinned;
    }

    /**
     * The condition the query puts on a field, at its top level or inside a top-level {@code $and}
     * (the driver writes {@code Filters.and(...)} that way). Any one of several is enough: the
     * documents that meet it include all that meet the whole query.
     */
    private static Object condition(Document query, String field) {
        if (query.containsKey(field)) {
            return query.get(field);
        }
        if (query.get("$and") instanceof List<?> all) {
            for (Object part : all) {
                if (part instanceof Document clause) {
                    Object condition = condition(clause, field);
                    if (condition != null) {
                        return condition;
                    }
                }
            }
        }
        return null;
    }
}
