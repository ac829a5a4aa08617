package vn.ocop.fair.notification.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.notification.Channel;

/**
 * Webhook deliveries logged before calls were restricted kept the HTTP client's error text, which
 * could quote what the endpoint sent (an SMTP banner, a body): once, at the first start, every
 * webhook delivery's {@code lastError} and log details are rewritten to a short reason of our own.
 */
@Component
class DeliveryLogMigration {

    static final String NAME = "notifications.webhookDeliveryLogWithoutReplies";
    private static final Logger log = LoggerFactory.getLogger(DeliveryLogMigration.class);
    private static final Pattern OURS = Pattern.compile("HTTP \\d{3}|the webhook was removed");

    DeliveryLogMigration(MongoDatabase database) {
        MongoCollection<Document> migrations = database.getCollection("migrations");
        if (migrations.find(eq("_id", NAME)).first() != null) {
            return;
        }
        MongoCollection<Document> notifications = database.getCollection("notifications");
        int rewritten = 0;
        for (Document delivery :
                notifications.find(and(eq("channel", Channel.WEBHOOK.name()), exists("lastError", true)))) {
            List<Bson> changes = new ArrayList<>();
            String lastError = delivery.getString("lastError");
            if (lastError != null && !lastError.equals(shortened(lastError))) {
                changes.add(Updates.set("lastError", shortened(lastError)));
            }
            List<Document> entries = delivery.getList("log", Document.class, List.of());
            List<Document> cleaned = new ArrayList<>();
            for (Document entry : entries) {
                Document copy = new Document(entry);
                if (entry.getString("detail") != null) {
                    copy.put("detail", shortened(entry.getString("detail")));
                }
                cleaned.add(copy);
            }
            if (!cleaned.equals(entries)) {
                changes.add(Updates.set("log", cleaned));
            }
            if (!changes.isEmpty()) {
                notifications.updateOne(eq("_id", delivery.get("_id")), Updates.combine(changes));
                rewritten++;
            }
        }
        migrations.replaceOne(
                eq("_id", NAME),
                new Document("_id", NAME).append("rewritten", rewritten),
                new ReplaceOptions().upsert(true));
        if (rewritten > 0) {
            log.info("Removed what endpoints answered from {} webhook deliveries' logs", rewritten);
        }
    }

    /** An error as the JDK client reported it, as the short reason we record now. */
    static String shortened(String error) {
        if (OURS.matcher(error).matches()) {
            return error;
        }
        if (error.startsWith("HttpConnectTimeoutException")) {
            return "connect timed out";
        }
        if (error.startsWith("HttpTimeoutException")) {
            return "timed out";
        }
        if (error.startsWith("ConnectException")) {
            return "connection refused";
        }
        if (error.startsWith("UnknownHostException")) {
            return "unknown host";
        }
        return "failed (detail removed)";
    }
}
