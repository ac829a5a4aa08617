package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnDiskMongoTest {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossARestart() {
        int port = FreePorts.next();
        try (EmbeddedMongoServer first = EmbeddedMongoServer.onDisk(port, data.resolve("ocop.mv"))
                        .start();
                MongoClient client = MongoClients.create(first.connectionString())) {
            client.getDatabase("orders")
                    .getCollection("orders")
                    .insertOne(new Document("_id", "o-1").append("totalVnd", 450_000L));
        }

        try (EmbeddedMongoServer second = EmbeddedMongoServer.onDisk(port, data.resolve("ocop.mv"))
                        .start();
                MongoClient client = MongoClients.create(second.connectionString())) {
            Document order = client.getDatabase("orders")
                    .getCollection("orders")
                    .find(new Document("_id", "o-1"))
                    .first();

            assertThat(order).isNotNull();
            assertThat(order.getLong("totalVnd")).isEqualTo(450_000L);
        }
    }
}
