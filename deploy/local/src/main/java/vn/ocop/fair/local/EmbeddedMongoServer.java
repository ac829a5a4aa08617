package vn.ocop.fair.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server on a TCP port, reached by the real MongoDB driver. With a data file it keeps
 * data across restarts (H2 backend); without one it is in memory.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final int port;
    private final Optional<Path> dataFile;
    private MongoServer server;

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
            return new MemoryBackend();
        }
        try {
            Files.createDirectories(dataFile.get().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new H2Backend(dataFile.get().toAbsolutePath().toString());
    }

    private String describeBackend() {
        return dataFile.map(f -> "H2 file " + f).orElse("in memory");
    }
}
