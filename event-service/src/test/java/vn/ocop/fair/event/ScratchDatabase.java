package vn.ocop.fair.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A database of its own for each test of an {@link EventIntegrationTest} that fills one with
 * thousands of documents, on the shared MongoDB: new before the test's {@code @BeforeEach}, dropped
 * after it. Registered with {@code @RegisterExtension}.
 */
public final class ScratchDatabase implements BeforeEachCallback, AfterEachCallback {

    private MongoDatabase database;

    @Override
    public void beforeEach(ExtensionContext context) {
        MongoClient client = SpringExtension.getApplicationContext(context).getBean(MongoClient.class);
        database = client.getDatabase("fairs-working-set-" + UUID.randomUUID());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.drop();
    }

    public MongoDatabase database() {
        return database;
    }
}
