package vn.ocop.fair.support.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code ping}, which real MongoDB and mongo-java-server both answer. Boot's own
 * indicator sends {@code hello}, which mongo-java-server rejects, so health would stay DOWN; each
 * service turns it off ({@code management.health.mongodb.enabled: false}).
 */
final class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB ping failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up().withDetail("ping", answer.get("ok"));
    }
}
