package vn.ocop.fair.local.mongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.atomic.LongAdder;

/** mongo-java-server's in-memory backend, with queries that pin a unique key served by its index. */
public final class PlannedMemoryBackend extends MemoryBackend {

    private final LongAdder fullScans = new LongAdder();

    /** Queries answered by reading every document of a collection, since start. */
    public long fullScans() {
        return fullScans.sum();
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new Collection(this, collectionName, options, cursorRegistry);
        }
    }

    private final class Collection extends MemoryCollection {

        Collection(Database database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            Iterable<Integer> candidates = UniqueKeyPlanner.candidates(query, getIndexes());
            if (candidates == null) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            }
            return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            if (!getCollectionName().startsWith("system.")) {
                fullScans.increment();
            }
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }
}
