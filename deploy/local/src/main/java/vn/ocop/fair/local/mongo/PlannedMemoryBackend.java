package vn.ocop.fair.local.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * mongo-java-server's in-memory backend, with queries that pin a unique key served by its index,
 * and optionally every write mirrored to a file ({@link DiskMirror}) that fills it again at start.
 */
public final class PlannedMemoryBackend extends MemoryBackend {

    private final LongAdder fullScans = new LongAdder();
    private final DiskMirror mirror;
    private final Map<String, List<Document>> stored;

    /** In memory only: gone when the server stops. */
    public PlannedMemoryBackend() {
        this.mirror = null;
        this.stored = new ConcurrentHashMap<>();
    }

    /** In memory, every write mirrored to {@code file}, and what the file holds loaded now. */
    public PlannedMemoryBackend(Path file) {
        this.mirror = new DiskMirror(file);
        this.stored = new ConcurrentHashMap<>(mirror.load());
        stored.keySet().stream()
                .map(namespace -> namespace.substring(0, namespace.indexOf('.')))
                .distinct()
                .toList()
                .forEach(this::resolveDatabase);
    }

    /** Queries answered by reading every document of a collection, since start. */
    public long fullScans() {
        return fullScans.sum();
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    @Override
    public void close() {
        super.close();
        if (mirror != null) {
            mirror.close();
        }
    }

    private final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry); // opens the collections and indexes of stored documents
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new Collection(this, collectionName, options, cursorRegistry);
        }

        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            super.dropCollection(collectionName, oplog);
            if (mirror != null) {
                mirror.drop(getFullCollectionNamespace(collectionName));
            }
        }
    }

    private final class Collection extends MemoryCollection {

        Collection(Database database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
            List<Document> documents = stored == null ? null : stored.remove(getFullName());
            if (documents != null) {
                documents.forEach(super::addDocumentInternal); // indexes are filled when they are added
            }
        }

        @Override
        protected Integer addDocumentInternal(Document document) {
            Integer position = super.addDocumentInternal(document);
            if (mirror != null) {
                mirror.put(getFullName(), key(document), document);
            }
            return position;
        }

        @Override
        protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            if (mirror != null) {
                mirror.put(getFullName(), key(newDocument), newDocument);
            }
        }

        @Override
        protected void removeDocument(Integer position) {
            Document document = getDocument(position);
            super.removeDocument(position);
            if (mirror != null) {
                mirror.remove(getFullName(), key(document));
            }
        }

        @Override
        public void renameTo(MongoDatabase newDatabase, String newCollectionName) {
            String oldName = getFullName();
            super.renameTo(newDatabase, newCollectionName);
            if (mirror != null) {
                mirror.drop(oldName);
                streamAllDocumentsWithPosition()
                        .forEach(d -> mirror.put(getFullName(), key(d.getDocument()), d.getDocument()));
            }
        }

        private Object key(Document document) {
            return getIdField() != null ? document.get(getIdField()) : document;
        }

        /**
         * No data size: keeping it BSON-encodes the old and the new document on every write, a
         * quarter of the wire server's CPU under order load. Only collStats and dbStats report it.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
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
