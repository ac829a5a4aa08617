package vn.ocop.fair.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import vn.ocop.fair.local.Topics;
import vn.ocop.fair.support.observability.TraceparentSource;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/**
 * The relay publishes long after the request that raised an event has ended: the trace context is
 * captured with the entry and sent as the {@code traceparent} header, over the real broker.
 */
class TraceparentHeaderTest {

    private final SdkTracerProvider provider =
            SdkTracerProvider.builder().setSampler(Sampler.alwaysOn()).build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("test");
    private final OtelCurrentTraceContext context = new OtelCurrentTraceContext();
    private final Tracer tracer =
            new OtelTracer(otel, context, event -> {}, new OtelBaggageManager(context, List.of(), List.of()));
    private final OtelPropagator propagator =
            new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel);
    private Supplier<String> previous;

    @BeforeEach
    void installTracing() {
        previous = OutboxTraceContext.install(new TraceparentSource(tracer, propagator));
    }

    @AfterEach
    void uninstall() {
        OutboxTraceContext.install(previous);
        provider.close();
    }

    @Test
    void entryRaisedInsideATraceIsPublishedWithItsTraceparent() throws Exception {
        Span span = tracer.nextSpan().name("place order").start();
        OutboxEntry entry;
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            entry = entry();
        } finally {
            span.end();
        }

        ConsumerRecord<String, byte[]> record = publishAndRead(entry);

        assertThat(KafkaTestClient.header(record, "traceparent"))
                .isEqualTo(
                        "00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
    }

    @Test
    void entryRaisedOutsideAnyTraceIsPublishedWithoutTraceparent() throws Exception {
        OutboxEntry entry = entry();

        ConsumerRecord<String, byte[]> record = publishAndRead(entry);

        assertThat(entry.traceparent()).isNull();
        assertThat(record.headers().lastHeader("traceparent")).isNull();
        assertThat(KafkaTestClient.header(record, "ce_id")).isEqualTo(entry.id());
    }

    @Test
    void traceparentSurvivesTheRoundTripThroughTheAggregateDocument() {
        OutboxEntry traced = new OutboxEntry(
                "e-1", "t", "k", "type", "/test", Instant.parse("2026-05-01T03:00:00Z"), "{}", "00-abc-def-01");

        assertThat(OutboxEntry.fromDocument(traced.toDocument())).isEqualTo(traced);
        assertThat(OutboxEntry.fromDocument(entry().toDocument()).traceparent()).isNull();
    }

    private static OutboxEntry entry() {
        return OutboxEntry.of(
                Topics.ORDERS,
                "trace-test-" + UUID.randomUUID(),
                "vn.ocop.fair.test.Traced.v1",
                "/test",
                Instant.now(),
                "{}");
    }

    private static ConsumerRecord<String, byte[]> publishAndRead(OutboxEntry entry) throws Exception {
        String kafka = SharedInfrastructure.endpoints().kafkaBootstrapServers();
        var producers = new DefaultKafkaProducerFactory<Object, Object>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"));
        try {
            KafkaOutboxPublisher.using(producers, Duration.ofSeconds(30)).publish(entry);
        } finally {
            producers.destroy();
        }
        List<ConsumerRecord<String, byte[]>> records = new KafkaTestClient(kafka)
                .await(entry.topic(), r -> entry.key().equals(r.key()), Duration.ofSeconds(30));
        assertThat(records).isNotEmpty();
        return records.get(0);
    }
}
