package vn.ocop.fair.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * event-service over real HTTP, against the test JVM's shared Kafka broker and MongoDB. Every
 * {@code @SpringBootTest} of the module uses this annotation, so they share one application
 * context. The scheduler and the metric refresh are left to the tests (they call {@code tick()}
 * and {@code refresh()} on a {@link TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.event.database=fairs-test",
            "ocop.outbox.poll-interval=300ms",
            "ocop.event.fairs.scheduler-interval=1h",
            "ocop.event.fairs.metrics-refresh=1h"
        })
@UsesSharedInfrastructure
@Import({TestClock.Configuration.class, RecordingPublisher.Configuration.class, FairsApi.Configuration.class})
public @interface EventIntegrationTest {}
