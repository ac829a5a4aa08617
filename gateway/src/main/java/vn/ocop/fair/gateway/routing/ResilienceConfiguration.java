package vn.ocop.fair.gateway.routing;

import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ExecutorServiceAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.ocop.fair.gateway.limits.BodyTooLarge;

/**
 * The circuit breakers around the routes. A body cut off for being too large is the client's fault,
 * not the service's: it never counts against a breaker. The time limiter runs the proxied call on a
 * thread of its own; those threads carry the request's MDC (its request id) into their log lines.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration implements DisposableBean {

    private final ThreadPoolTaskExecutor proxyThreads = new ThreadPoolTaskExecutor();

    ResilienceConfiguration() {
        proxyThreads.setThreadNamePrefix("proxy-");
        proxyThreads.setCorePoolSize(0);
        proxyThreads.setQueueCapacity(0);
        proxyThreads.setTaskDecorator(new CopyMdc());
        proxyThreads.initialize();
    }

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> proxyThreadsCarryTheMdc() {
        return factory -> factory.configureExecutorService(new ExecutorServiceAdapter(proxyThreads));
    }

    @Bean
    CircuitBreakerConfigCustomizer catalogBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("catalog");
    }

    @Bean
    CircuitBreakerConfigCustomizer orderBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("order");
    }

    @Bean
    CircuitBreakerConfigCustomizer eventBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("event");
    }

    @Bean
    CircuitBreakerConfigCustomizer notificationBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("notification");
    }

    private static CircuitBreakerConfigCustomizer ignoringOversizedBodies(String route) {
        return CircuitBreakerConfigCustomizer.of(route, breaker -> breaker.ignoreException(BodyTooLarge::causedBy));
    }

    @Override
    public void destroy() {
        proxyThreads.shutdown();
    }

    /** Runs a task with the MDC of the thread that submitted it. */
    static final class CopyMdc implements TaskDecorator {
        @Override
        public Runnable decorate(Runnable task) {
            Map<String, String> mdc = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> previous = MDC.getCopyOfContextMap();
                if (mdc == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(mdc);
                }
                try {
                    task.run();
                } finally {
                    if (previous == null) {
                        MDC.clear();
                    } else {
                        MDC.setContextMap(previous);
                    }
                }
            };
        }
    }
}
