package vn.ocop.fair.catalog.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A database of each test's own on the shared MongoDB, for a test that fills a collection with
 * thousands of documents: created empty before the test, dropped after it. Register it with
 * {@code @RegisterExtension} in a {@code @CatalogIntegrationTest}; it is ready in {@code @BeforeEach}.
 */
public final class OwnDatabase implements BeforeEachCallback, AfterEachCallback {

    private final String prefix;
    private MongoDatabase database;

    public OwnDatabase(String prefix) {
        this.prefix = prefix;
    }

    public MongoDatabase get() {
        return database;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MongoClient client = SpringExtension.getApplicationContext(context).getBean(MongoClient.class);
        database = client.getDatabase(prefix + "-" + UUID.randomUUID());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.drop();
    }
}
