package vn.ocop.fair.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.security.config.observation.SecurityObservationSettings;
import vn.ocop.fair.support.outbox.OutboxEntry;

/** With Boot's tracing auto-configuration, as in every service: new outbox entries carry the current trace. */
class ObservabilityAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withPropertyValues("management.tracing.sampling.probability=1.0")
            .withConfiguration(AutoConfigurations.of(
                    org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration.class,
                    org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration.class,
                    org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration.class,
                    org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure
                            .OpenTelemetryTracingAutoConfiguration.class,
                    ObservabilityAutoConfiguration.class));

    @Test
    void leavesSpringSecurityUnobserved() {
        contexts.run(context -> {
            SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);

            assertThat(settings.shouldObserveRequests()).isFalse();
            assertThat(settings.shouldObserveAuthentications()).isFalse();
            assertThat(settings.shouldObserveAuthorizations()).isFalse();
        });
    }

    @Test
    void outboxEntriesRaisedInAnObservationCarryItsTraceparent() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(DlqPartitionFunction.class);
            Tracer tracer = context.getBean(Tracer.class);
            Observation observation = Observation.start("place-order", context.getBean(ObservationRegistry.class));
            OutboxEntry entry;
            try (Observation.Scope ignored = observation.openScope()) {
                entry = OutboxEntry.of("t", "k", "type", "/test", java.time.Instant.now(), "{}");
                assertThat(entry.traceparent())
                        .isEqualTo("00-" + tracer.currentSpan().context().traceId() + "-"
                                + tracer.currentSpan().context().spanId() + "-01");
            } finally {
                observation.stop();
            }
            assertThat(OutboxEntry.of("t", "k", "type", "/test", java.time.Instant.now(), "{}")
                            .traceparent())
                    .isNull();
        });
    }
}
