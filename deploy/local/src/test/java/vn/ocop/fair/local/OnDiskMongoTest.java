package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnDiskMongoTest {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossARestart() {
        int port = FreePorts.next();
        onDisk(port, (first, client) -> {
            client.getDatabase("orders")
                    .getCollection("orders")
                    .insertOne(new Document("_id", "o-1").append("totalVnd", 450_000L));
        });

        onDisk(port, (second, client) -> {
            Document order = client.getDatabase("orders")
                    .getCollection("orders")
                    .find(new Document("_id", "o-1"))
                    .first();

            assertThat(order).isNotNull();
            assertThat(order.getLong("totalVnd")).isEqualTo(450_000L);
        });
    }

    @Test
    void rebuildsUniqueIndexesFromTheDocumentsAfterARestart() {
        int port = FreePorts.next();
        onDisk(port, (first, client) -> {
            MongoCollection<Document> keys = client.getDatabase("orders").getCollection("idempotency_keys");
            keys.createIndex(Indexes.ascending("customer", "key"), new IndexOptions().unique(true));
            keys.insertOne(new Document("_id", "k-1").append("customer", "c-1").append("key", "abc"));
        });

        onDisk(port, (second, client) -> {
            MongoCollection<Document> keys = client.getDatabase("orders").getCollection("idempotency_keys");
            long scans = second.fullScans();

            Document found = keys.find(new Document("customer", "c-1").append("key", "abc"))
                    .first();

            assertThat(found).isNotNull().containsEntry("_id", "k-1");
            assertThat(second.fullScans()).isEqualTo(scans);
            assertThatThrownBy(() -> keys.insertOne(
                            new Document("_id", "k-2").append("customer", "c-1").append("key", "abc")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> keys.insertOne(new Document("_id", "k-1")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        });
    }

    @Test
    void convertsAFileThatH2sOwnBackendWrote() {
        int port = FreePorts.next();
        MongoServer plain =
                new MongoServer(new H2Backend(data.resolve("ocop.mv").toString()));
        plain.bind("127.0.0.1", port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> stock = client.getDatabase("catalog").getCollection("stock");
            stock.createIndex(Indexes.ascending("sku"), new IndexOptions().unique(true));
            stock.insertOne(new Document("_id", "p-1").append("sku", "LUA-01").append("available", 5));
        } finally {
            plain.shutdown();
        }

        for (int run = 1; run <= 2; run++) {
            onDisk(port, (ours, client) -> {
                MongoCollection<Document> stock = client.getDatabase("catalog").getCollection("stock");

                assertThat(stock.find(new Document("sku", "LUA-01")).first())
                        .containsEntry("_id", "p-1")
                        .containsEntry("available", 5);
                assertThatThrownBy(() -> stock.insertOne(new Document("_id", "p-2").append("sku", "LUA-01")))
                        .isInstanceOf(MongoWriteException.class)
                        .hasMessageContaining("duplicate key");
            });
        }
    }

    @Test
    void keepsUpdatesAndDeletesAndForgetsDroppedDatabasesAcrossARestart() {
        int port = FreePorts.next();
        onDisk(port, (first, client) -> {
            MongoCollection<Document> orders = client.getDatabase("orders").getCollection("orders");
            orders.insertOne(new Document("_id", "o-1").append("status", "PENDING"));
            orders.insertOne(new Document("_id", "o-2").append("status", "PENDING"));
            orders.updateOne(new Document("_id", "o-1"), new Document("$set", new Document("status", "CONFIRMED")));
            orders.deleteOne(new Document("_id", "o-2"));
            client.getDatabase("scratch").getCollection("copies").insertOne(new Document("_id", 1));
            client.getDatabase("scratch").drop();
        });

        onDisk(port, (second, client) -> {
            MongoCollection<Document> orders = client.getDatabase("orders").getCollection("orders");

            assertThat(orders.find().into(new java.util.ArrayList<>()))
                    .extracting(d -> d.getString("_id") + " " + d.getString("status"))
                    .containsExactly("o-1 CONFIRMED");
            assertThat(client.listDatabaseNames().into(new java.util.ArrayList<>()))
                    .doesNotContain("scratch");
        });
    }

    /** Starts the on-disk server on {@code port} (its file in {@link #data}) for {@code use}, then stops it. */
    private void onDisk(int port, BiConsumer<EmbeddedMongoServer, MongoClient> use) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(port, data.resolve("ocop.mv"))
                        .start();
                MongoClient client = MongoClients.create(server.connectionString())) {
            use.accept(server, client);
        }
    }
}
