package vn.ocop.fair.event;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.event.product.CatalogProducts;

/**
 * What the booths and exhibitors integration tests share: event-service over real HTTP against the
 * test JVM's shared broker and MongoDB. Its annotation is that of every other
 * {@code @SpringBootTest} of the module, so all of them run in one cached application context.
 */
@EventIntegrationTest
public abstract class ExhibitorIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoDatabase eventDatabase;

    @Autowired
    protected CatalogProducts catalogProducts;

    protected ExhibitorFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ExhibitorFixtures(eventDatabase, catalogProducts, port);
    }
}
