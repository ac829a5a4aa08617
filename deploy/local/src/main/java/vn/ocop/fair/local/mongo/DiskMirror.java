package vn.ocop.fair.local.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The memory backend's documents on disk: every insert, update and delete is written through, as
 * BSON bytes, to an H2 MVStore file with one map per collection, keyed by the document's
 * {@code _id}. Reads never come here; the file is read once, when the server starts.
 *
 * <p>Why not mongo-java-server's own H2 backend: it keeps documents as Java-serialised objects and
 * its unique indexes as maps H2 cannot compare natively. Under order load that was 60% of the wire
 * server's CPU, and its page cache kept the collector busy (deploy/bench/results/). BSON bytes keyed
 * by strings are H2's cheapest case.
 *
 * <p>Durability as with H2's backend: the store commits in the background about once a second, so
 * a killed launcher loses at most the last second of writes; a stopped one loses nothing. A file
 * that H2's backend wrote (maps {@code databases.*}) is converted the first time it is opened.
 */
final class DiskMirror implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiskMirror.class);

    private static final String PREFIX = "bson.";
    private static final String H2_BACKEND_DATA = "databases.";
    private static final int CACHE_MB = 32;

    private final MVStore store;
    private final Map<String, MVMap<String, byte[]>> maps = new java.util.concurrent.ConcurrentHashMap<>();

    DiskMirror(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store = new MVStore.Builder()
                .fileName(file.toAbsolutePath().toString())
                .cacheSize(CACHE_MB)
                .open();
        convertH2BackendMaps();
    }

    /** Every stored document, by collection namespace ({@code database.collection}). */
    Map<String, List<Document>> load() {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String name : store.getMapNames()) {
            if (name.startsWith(PREFIX)) {
                List<Document> stored = new ArrayList<>();
                map(name.substring(PREFIX.length())).values().forEach(bytes -> stored.add(decode(bytes)));
                documents.put(name.substring(PREFIX.length()), stored);
            }
        }
        return documents;
    }

    void put(String namespace, Object key, Document document) {
        map(namespace).put(key(key), encode(document));
    }

    void remove(String namespace, Object key) {
        map(namespace).remove(key(key));
    }

    void drop(String namespace) {
        MVMap<String, byte[]> map = maps.remove(namespace);
        if (map != null) {
            store.removeMap(map);
        } else if (store.hasMap(PREFIX + namespace)) {
            store.removeMap(PREFIX + namespace);
        }
    }

    @Override
    public void close() {
        store.close();
    }

    private MVMap<String, byte[]> map(String namespace) {
        return maps.computeIfAbsent(
                namespace,
                ns -> store.openMap(
                        PREFIX + ns,
                        new MVMap.Builder<String, byte[]>()
                                .keyType(StringDataType.INSTANCE)
                                .valueType(ByteArrayDataType.INSTANCE)));
    }

    /** The key of a document: its {@code _id} (or, without one, the whole document) as BSON. */
    private static String key(Object key) {
        return Base64.getEncoder().encodeToString(encode(new Document("k", key)));
    }

    private static byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer(512);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }

    private static Document decode(byte[] bytes) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    /** Rewrites what H2's own backend stored (Java-serialised documents) in this mirror's form. */
    private void convertH2BackendMaps() {
        List<String> old = store.getMapNames().stream()
                .filter(name -> name.startsWith(H2_BACKEND_DATA))
                .toList();
        if (old.isEmpty()) {
            return;
        }
        for (String name : old) {
            String namespace = name.substring(H2_BACKEND_DATA.length());
            MVMap<Object, Document> documents = store.openMap(name);
            documents.forEach((id, document) -> put(namespace, keyOf(namespace, document), document));
            log.info("Converted {} documents of {} from H2's backend format", documents.size(), namespace);
        }
        store.getMapNames().stream()
                .filter(name -> !name.startsWith(PREFIX))
                .toList()
                .forEach(store::removeMap);
        store.commit();
    }

    /** The key a collection gives its documents: {@code name} for system.namespaces, none for system.indexes. */
    static Object keyOf(String namespace, Document document) {
        if (namespace.endsWith(".system.namespaces")) {
            return document.get("name");
        }
        if (namespace.endsWith(".system.indexes")) {
            return document;
        }
        return document.get("_id");
    }
}
