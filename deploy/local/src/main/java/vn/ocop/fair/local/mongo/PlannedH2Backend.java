package vn.ocop.fair.local.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.atomic.LongAdder;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 (file) backend, with queries that pin a unique key served by its index.
 * The maps are named as {@link H2Database} names them, so files written by either open in both.
 */
public final class PlannedH2Backend extends H2Backend {

    private final LongAdder fullScans = new LongAdder();

    public PlannedH2Backend(String fileName) {
        super(fileName);
    }

    /** Queries answered by reading every document of a collection, since start. */
    public long fullScans() {
        return fullScans.sum();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Inner, not static: its super constructor already opens the collections in the file, before
     * any field of its own is set, while the backend's store is there from the start.
     */
    private final class Database extends H2Database {

        private static final String DATA_PREFIX = "databases.";
        private static final String META_PREFIX = "meta.";

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA_PREFIX + fullName);
            MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    private final class Collection extends H2Collection {

        Collection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            Iterable<Object> candidates = UniqueKeyPlanner.candidates(query, getIndexes());
            if (candidates == null) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            }
            return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            if (fullScans != null
                    && !getCollectionName()
                            .startsWith("system.")) { // null while the super constructor reopens the file's databases
                fullScans.increment();
            }
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }
}
