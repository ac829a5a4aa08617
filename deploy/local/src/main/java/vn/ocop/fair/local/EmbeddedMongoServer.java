package vn.ocop.fair.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.fair.local.mongo.PlannedMemoryBackend;

/**
 * mongo-java-server on a TCP port, reached by the real MongoDB driver. Documents live in memory;
 * with a data file every write is also mirrored there (BSON in an H2 MVStore file), so data
 * survives restarts.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final int port;
    private final Optional<Path> dataFile;
    private MongoServer server;
    private LongSupplier fullScans = () -> 0;

    private EmbeddedMongoServer(int port, Optional<Path> dataFile) {
        this.port = port;
        this.dataFile = dataFile;
    }

    public static EmbeddedMongoServer inMemory(int port) {
        return new EmbeddedMongoServer(port, Optional.empty());
    }

    public static EmbeddedMongoServer onDisk(int port, Path dataFile) {
        return new EmbeddedMongoServer(port, Optional.of(dataFile));
    }

    public synchronized EmbeddedMongoServer start() {
        if (server == null) {
            server = new MongoServer(backend());
            server.bind("127.0.0.1", port);
            log.info("MongoDB wire server ({}) listening on {}", describeBackend(), connectionString());
        }
        return this;
    }

    /**
     * Queries this server answered by reading every document of a collection: a query that is not
     * by {@code _id} or a unique key. Hot paths must keep this flat however much data is stored.
     */
    public long fullScans() {
        return fullScans.getAsLong();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server = null;
            log.info("MongoDB wire server on port {} stopped", port);
        }
    }

    private MongoBackend backend() {
        if (dataFile.isEmpty()) {
            PlannedMemoryBackend memory = new PlannedMemoryBackend();
            fullScans = memory::fullScans;
            return memory;
        }
        PlannedMemoryBackend mirrored = new PlannedMemoryBackend(dataFile.get());
        fullScans = mirrored::fullScans;
        return mirrored;
    }

    private String describeBackend() {
        return dataFile.map(f -> "in memory, mirrored to " + f).orElse("in memory");
    }
}
