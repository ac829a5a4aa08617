package vn.ocop.fair.support.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.observation.SecurityObservationSettings;
import vn.ocop.fair.support.outbox.OutboxTraceContext;

/**
 * Observability beans every service gets: the request-id filter, the dead-letter counter and the
 * trace context of new outbox entries. The defaults they work with are {@link ObservabilityDefaults}.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean(name = "requestIdFilter")
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before the observation and security filters
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({DlqPartitionFunction.class, MeterRegistry.class})
    static class DeadLetters {

        @Bean
        @ConditionalOnMissingBean(DlqPartitionFunction.class)
        DeadLetterCounter deadLetterCounter(ObjectProvider<MeterRegistry> meters) {
            return new DeadLetterCounter(meters.getIfAvailable(SimpleMeterRegistry::new));
        }
    }

    /**
     * No observation per security filter, authentication and authorisation: with them every filter
     * of the chain was wrapped (a third of a request's CPU under order load). The property default
     * {@code management.observations.enable.spring.security=false} only drops their spans; this keeps
     * Spring Security from decorating the chain at all. The HTTP server observation stays.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SecurityObservationSettings.class)
    static class SecurityObservations {

        @Bean
        @ConditionalOnMissingBean
        static SecurityObservationSettings securityObservationSettings() {
            return SecurityObservationSettings.noObservations();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class OutboxTracing {

        @Bean
        OutboxTraceContextInstaller outboxTraceContextInstaller(
                ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            return new OutboxTraceContextInstaller(tracer, propagator);
        }
    }

    /**
     * Installs the trace source for new outbox entries once every bean exists (the tracer among
     * them), and puts back the previous one when the context closes.
     */
    static final class OutboxTraceContextInstaller implements SmartInitializingSingleton, DisposableBean {

        private final ObjectProvider<Tracer> tracer;
        private final ObjectProvider<Propagator> propagator;
        private @Nullable Supplier<@Nullable String> previous;

        OutboxTraceContextInstaller(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            this.tracer = tracer;
            this.propagator = propagator;
        }

        @Override
        public void afterSingletonsInstantiated() {
            Tracer t = tracer.getIfUnique();
            Propagator p = propagator.getIfUnique();
            if (t != null && p != null && t != Tracer.NOOP) {
                previous = OutboxTraceContext.install(new TraceparentSource(t, p));
            }
        }

        @Override
        public void destroy() {
            if (previous != null) {
                OutboxTraceContext.install(previous);
            }
        }
    }
}
