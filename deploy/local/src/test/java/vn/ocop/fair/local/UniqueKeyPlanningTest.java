package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniqueKeyPlanningTest {

    private static final int ORDERS = 2_000;

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void servesAConditionalUpdateByIdThroughTheIndex(String backend) {
        onStoredOrders(backend, (server, orders) -> {
            long scansBefore = server.fullScans();

            var confirmed = orders.updateOne(
                    Filters.and(Filters.eq("_id", "o-1234"), Filters.eq("status", "PENDING"), Filters.eq("version", 1)),
                    Updates.combine(Updates.set("status", "CONFIRMED"), Updates.inc("version", 1)));
            var refused = orders.updateOne(
                    Filters.and(Filters.eq("_id", "o-1234"), Filters.eq("status", "PENDING")),
                    Updates.set("status", "REJECTED"));
            Document found = orders.find(Filters.and(Filters.eq("_id", "o-1234"), Filters.exists("status")))
                    .first();

            assertThat(confirmed.getModifiedCount()).isEqualTo(1);
            assertThat(refused.getMatchedCount()).isZero();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("CONFIRMED");
            assertThat(server.fullScans()).isEqualTo(scansBefore);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void servesAUniqueKeyWithConditionsThroughItsIndex(String backend) {
        onStoredOrders(backend, (server, orders) -> {
            orders.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
            long scansBefore = server.fullScans();

            Document pending = orders.find(Filters.and(Filters.eq("number", 777L), Filters.eq("status", "PENDING")))
                    .first();
            Document byIds = orders.find(
                            Filters.and(Filters.in("_id", List.of("o-1", "o-2")), Filters.eq("customer", "khachhang")))
                    .first();

            assertThat(pending).isNotNull();
            assertThat(byIds).isNotNull();
            assertThat(server.fullScans()).isEqualTo(scansBefore);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void stillScansWhatNoUniqueKeyPins(String backend) {
        onStoredOrders(backend, (server, orders) -> {
            long scansBefore = server.fullScans();

            long pending = orders.find(Filters.eq("status", "PENDING"))
                    .into(new ArrayList<>())
                    .size();

            assertThat(pending).isEqualTo(ORDERS);
            assertThat(server.fullScans()).isEqualTo(scansBefore + 1);
        });
    }

    /** Runs {@code check} against {@value #ORDERS} stored orders on a fresh server of that backend. */
    private void onStoredOrders(String backend, BiConsumer<EmbeddedMongoServer, MongoCollection<Document>> check) {
        try (EmbeddedMongoServer server = server(backend).start();
                MongoClient client = MongoClients.create(server.connectionString())) {
            check.accept(server, storedOrders(client));
        }
    }

    private EmbeddedMongoServer server(String backend) {
        Function<Integer, EmbeddedMongoServer> create = backend.equals("memory")
                ? EmbeddedMongoServer::inMemory
                : port -> EmbeddedMongoServer.onDisk(port, data.resolve("ocop.mv"));
        return create.apply(FreePorts.next());
    }

    private static MongoCollection<Document> storedOrders(MongoClient client) {
        MongoCollection<Document> orders = client.getDatabase("orders").getCollection("orders");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            batch.add(new Document("_id", "o-" + i)
                    .append("number", (long) i)
                    .append("customer", "khachhang")
                    .append("status", "PENDING")
                    .append("version", 1));
            if (batch.size() == 1_000) {
                orders.insertMany(batch);
                batch.clear();
            }
        }
        return orders;
    }
}
