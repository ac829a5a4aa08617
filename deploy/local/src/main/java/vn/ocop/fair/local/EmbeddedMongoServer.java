package vn.ocop.fair.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.fair.local.mongo.PlannedH2Backend;
import vn.ocop.fair.local.mongo.PlannedMemoryBackend;

/**
 * mongo-java-server on a TCP port, reached by the real MongoDB driver. With a data file it keeps
 * data across restarts (H2 backend); without one it is in memory.
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
        try {
            Files.createDirectories(dataFile.get().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlannedH2Backend file =
                new PlannedH2Backend(dataFile.get().toAbsolutePath().toString());
        fullScans = file::fullScans;
        return file;
    }

    private String describeBackend() {
        return dataFile.map(f -> "H2 file " + f).orElse("in memory");
    }
}
