package vn.ocop.fair.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.notification.ServiceTest;

class DeliveryLogMigrationTest extends ServiceTest {

    @Autowired
    MongoDatabase database;

    @Test
    void removesWhatEndpointsAnsweredFromDeliveriesLoggedBefore() {
        MongoCollection<Document> notifications = database.getCollection("notifications");
        String banner = "IOException: Invalid status line: \"220 mail.internal ESMTP GreenMail\"";
        String id = "old-" + UUID.randomUUID();
        notifications.insertOne(new Document("_id", id)
                .append("channel", "WEBHOOK")
                .append("recipient", "webhook:old")
                .append("status", "FAILED")
                .append("lastError", banner)
                .append(
                        "log",
                        List.of(
                                new Document("outcome", "RETRY")
                                        .append("detail", "ConnectException: Connection refused"),
                                new Document("outcome", "RETRY").append("detail", "HTTP 503"),
                                new Document("outcome", "FAILED").append("detail", banner))));
        database.getCollection("migrations").deleteOne(Filters.eq("_id", DeliveryLogMigration.NAME));

        new DeliveryLogMigration(database);

        Document after = notifications.find(Filters.eq("_id", id)).first();
        assertThat(after.getString("lastError")).isEqualTo("failed (detail removed)");
        assertThat(after.getList("log", Document.class))
                .extracting(e -> e.getString("detail"))
                .containsExactly("connection refused", "HTTP 503", "failed (detail removed)");
        assertThat(after.toJson()).doesNotContain("220").doesNotContain("GreenMail");
        notifications.deleteOne(Filters.eq("_id", id));
    }
}
