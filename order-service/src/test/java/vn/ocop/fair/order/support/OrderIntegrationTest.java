package vn.ocop.fair.order.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.ocop.fair.testsupport.MongoCommands;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * order-service over real HTTP, against the test JVM's shared Kafka broker and MongoDB. Every
 * class with this annotation shares one application context. The sweeper does not run by itself:
 * tests call it, after moving the {@link TestClock}. A retry of a product event waits a minute, so a
 * test that sees an unreadable product record in the DLQ within 30 s proves it was not retried.
 * {@link MongoCommands} counts the database round trips of a use case a test runs on its thread.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.order.database=orders-test",
            "ocop.outbox.poll-interval=300ms",
            "ocop.order.ordering.sweep-interval=1h",
            "ocop.order.ordering.pending-timeout=30s",
            "ocop.order.ordering.max-place-attempts=3",
            "spring.cloud.stream.bindings.catalogProductEvents-in-0.consumer.back-off-initial-interval=60000",
            "spring.cloud.stream.bindings.catalogProductEvents-in-0.consumer.back-off-max-interval=60000"
        })
@UsesSharedInfrastructure
@Import({TestClock.Configuration.class, MongoCommands.Configuration.class})
public @interface OrderIntegrationTest {}
