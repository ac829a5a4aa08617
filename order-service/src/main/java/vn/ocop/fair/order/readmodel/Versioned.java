package vn.ocop.fair.order.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/** One conditional upsert that only a higher version wins: duplicates and older events change nothing. */
public final class Versioned {

    private Versioned() {}

    /** @return whether the read model changed */
    public static boolean upsert(MongoCollection<Document> collection, String id, long version, Bson changes) {
        try {
            var result = collection.updateOne(
                    Filters.and(Filters.eq("_id", id), Filters.lt("version", version)),
                    Updates.combine(Updates.set("version", version), changes),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // an equal or newer version is stored: the upsert found no older one to replace
            }
            throw e;
        }
    }
}
