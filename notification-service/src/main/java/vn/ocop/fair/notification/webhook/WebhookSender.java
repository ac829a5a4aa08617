package vn.ocop.fair.notification.webhook;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.delivery.Outcome;
import vn.ocop.fair.notification.delivery.Sender;
import vn.ocop.fair.notification.notification.Channel;

/**
 * POSTs a stored delivery to its webhook, signed ({@link Signature}), with connect and read
 * time-outs. Each endpoint (webhook id) has its own circuit breaker, so a dead endpoint is left
 * alone for a while and tried again half-open, and its own bulkhead, so a slow endpoint holds at
 * most a few of the sending threads and never starves the others. The call itself
 * ({@link WebhookCalls}) goes only where {@link WebhookTargets} allows, checked at the time of the
 * call; the delivery log gets the status or a short reason, never what the endpoint answered.
 */
@Component
class WebhookSender implements Sender, DisposableBean {

    static final String EVENT_TYPE = "X-Ocop-Event-Type";
    static final String DELIVERY_ID = "X-Ocop-Delivery-Id";

    private final Webhooks webhooks;
    private final CircuitBreakerRegistry circuits;
    private final BulkheadRegistry bulkheads;
    private final WebhookCalls calls;
    private final Clock clock;

    WebhookSender(
            Webhooks webhooks,
            WebhookTargets targets,
            NotificationProperties properties,
            MeterRegistry meters,
            Clock clock) {
        NotificationProperties.Webhook settings = properties.webhook();
        this.webhooks = webhooks;
        this.clock = clock;
        this.circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .minimumNumberOfCalls(settings.minimumCalls())
                .slidingWindowSize(Math.max(settings.minimumCalls(), 10))
                .waitDurationInOpenState(settings.openWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        this.calls = new WebhookCalls(
                targets, settings.connectTimeout(), settings.readTimeout(), settings.maxConcurrentCalls());
    }

    @Override
    public void destroy() throws IOException {
        calls.close();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public boolean admit(Document delivery) {
        String endpoint = delivery.getString("webhookId");
        Bulkhead bulkhead = bulkheads.bulkhead(endpoint);
        if (!bulkhead.tryAcquirePermission()) {
            return false;
        }
        if (!circuits.circuitBreaker(endpoint).tryAcquirePermission()) {
            bulkhead.onComplete();
            return false;
        }
        return true;
    }

    @Override
    public void release(Document delivery) {
        String endpoint = delivery.getString("webhookId");
        circuits.circuitBreaker(endpoint).releasePermission();
        bulkheads.bulkhead(endpoint).onComplete();
    }

    @Override
    public Outcome send(Document delivery) {
        String endpoint = delivery.getString("webhookId");
        CircuitBreaker circuit = circuits.circuitBreaker(endpoint);
        long start = System.nanoTime();
        try {
            Optional<Document> webhook = webhooks.byId(endpoint);
            if (webhook.isEmpty()) {
                circuit.releasePermission();
                return new Outcome.Failed("the webhook was removed");
            }
            Outcome outcome = post(webhook.get(), delivery);
            long took = System.nanoTime() - start;
            if (outcome instanceof Outcome.Sent) {
                circuit.onSuccess(took, TimeUnit.NANOSECONDS);
            } else {
                circuit.onError(took, TimeUnit.NANOSECONDS, new IOException(((Outcome.Failed) outcome).error()));
            }
            return outcome;
        } finally {
            bulkheads.bulkhead(endpoint).onComplete();
        }
    }

    private Outcome post(Document webhook, Document delivery) {
        String body = delivery.getString("body");
        long now = clock.instant().getEpochSecond();
        return calls.post(
                webhook.getString("url"),
                Map.of(
                        Signature.HEADER,
                        Signature.header(webhook.getString("secret"), now, body),
                        EVENT_TYPE,
                        delivery.getString("eventType"),
                        DELIVERY_ID,
                        delivery.getString("_id")),
                body);
    }

    /** The endpoint's circuit state, e.g. CLOSED, OPEN, HALF_OPEN. */
    String circuitState(String webhookId) {
        return circuits.circuitBreaker(webhookId).getState().name();
    }
}
