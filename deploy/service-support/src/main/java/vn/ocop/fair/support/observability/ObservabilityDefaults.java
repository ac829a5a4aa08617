package vn.ocop.fair.support.observability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * Adds the property source {@value #NAME} last, below everything a service or its deployment
 * sets: any of these is overridden by {@code application.yml}, an environment variable or a
 * command-line argument.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    public static final String NAME = "ocop-observability-defaults";

    /** Where HTTP latency is counted exactly: the SLO thresholds of the alert rules and dashboards. */
    static final String HTTP_SLO_BUCKETS = "25ms,50ms,100ms,250ms,500ms,1s,2s,5s";

    static final String EXEMPLARS =
            "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(NAME, defaults(environment)));
    }

    static Map<String, Object> defaults(ConfigurableEnvironment environment) {
        Map<String, Object> p = new LinkedHashMap<>();
        // traces: every request sampled (volumes are a fair's, not a marketplace's); exported only
        // where management.opentelemetry.tracing.export.otlp.endpoint is set (compose, Kubernetes).
        // Not management.tracing.export.enabled=false: Boot then stops propagating trace context too.
        p.put("management.tracing.sampling.probability", "1.0");
        // no span per security filter, authentication and authorisation: a third of a request's
        // CPU under order load (deploy/bench/results/), and the HTTP span already shows the outcome
        p.put("management.observations.enable.spring.security", "false");
        // metrics go to Prometheus by scraping; the OTLP registry that comes with the starter stays quiet
        p.put("management.otlp.metrics.export.enabled", "false");
        p.put("management.logging.export.otlp.enabled", "false");
        // an unreadable record goes to the binding's dead-letter topic at once: retrying cannot mend it
        p.put(
                "spring.cloud.stream.default.consumer.retryable-exceptions[" + UnreadableEvent.class.getName() + "]",
                "false");
        // trace context through Kafka: producer and consumer observations (headers traceparent)
        p.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
        p.put("spring.kafka.template.observation-enabled", "true");
        p.put("spring.kafka.listener.observation-enabled", "true");
        // HTTP RED: histograms for p95/p99 across instances, exact counts at the SLO thresholds
        p.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        p.put("management.metrics.distribution.slo.http.server.requests", HTTP_SLO_BUCKETS);
        p.put("management.metrics.distribution.minimum-expected-value.http.server.requests", "5ms");
        p.put("management.metrics.distribution.maximum-expected-value.http.server.requests", "10s");
        p.put("management.metrics.tags.application", "${spring.application.name}");
        // no exemplars: Debian's Prometheus (2.42) rejects a scrape whose histogram _count lines carry
        // them ("does not support exemplars"); a deployment with a newer Prometheus may clear this
        p.put("spring.autoconfigure.exclude", EXEMPLARS);
        p.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        // logs: trace, span and request ids on every line
        p.put("logging.pattern.correlation", "[%X{traceId:-},%X{spanId:-}] [%X{requestId:-}] ");
        if (!isLocal(environment)) {
            // deployments (compose, Kubernetes) collect stdout: one ECS JSON document per line,
            // with traceId, spanId and requestId (MDC) fields; the local run keeps readable lines
            p.put("logging.structured.format.console", "ecs");
        }
        p.put("logging.structured.format.file", "ecs");
        return p;
    }

    private static boolean isLocal(ConfigurableEnvironment environment) {
        return Arrays.asList(environment.getActiveProfiles()).contains("local");
    }
}
