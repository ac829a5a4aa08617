package vn.ocop.fair.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.ocop.fair.catalog.reservation.CrashingStockLedger;
import vn.ocop.fair.catalog.reservation.SagaProbe;
import vn.ocop.fair.testsupport.MongoCommands;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * catalog-service over real HTTP, against the test JVM's shared Kafka broker and MongoDB. Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.outbox.poll-interval=300ms",
            "ocop.catalog.database=catalog-test",
            "ocop.catalog.certificate-watch.cron=-", // tests run the watch themselves, on a TestClock
            "ocop.catalog.stock.recover-after=2s",
            "ocop.catalog.stock.sweep-interval=500ms"
        })
@UsesSharedInfrastructure
@Import({
    FlakyPublisher.Configuration.class,
    CatalogApi.Configuration.class,
    TestClock.Configuration.class,
    CrashingStockLedger.Configuration.class,
    SagaProbe.Configuration.class,
    MongoCommands.Configuration.class
})
public @interface CatalogIntegrationTest {}
