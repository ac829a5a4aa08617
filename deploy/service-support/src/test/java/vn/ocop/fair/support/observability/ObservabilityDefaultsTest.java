package vn.ocop.fair.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ObservabilityDefaultsTest {

    private final ObservabilityDefaults defaults = new ObservabilityDefaults();

    @Test
    void samplesEveryTraceAndExportsNoneUnlessTheDeploymentSaysWhere() {
        StandardEnvironment environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability"))
                .isEqualTo("1.0");
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isNull();
        assertThat(environment.getProperty("management.tracing.export.enabled"))
                .as("disabling export would disable propagation")
                .isNull();
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.enable-observation"))
                .isEqualTo("true");
        assertThat(environment.getProperty(
                        "management.metrics.distribution.percentiles-histogram.http.server.requests"))
                .isEqualTo("true");
    }

    @Test
    void anythingTheServiceOrDeploymentSetsWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "deployment",
                        Map.of(
                                "management.tracing.export.enabled",
                                "true",
                                "logging.structured.format.console",
                                "logstash")));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
        assertThat(environment
                        .getPropertySources()
                        .precedenceOf(environment.getPropertySources().get(ObservabilityDefaults.NAME)))
                .isEqualTo(environment.getPropertySources().size() - 1);
    }

    @Test
    void deploymentsLogJsonOnTheConsoleWhileTheLocalRunStaysReadable() {
        StandardEnvironment deployed = new StandardEnvironment();
        StandardEnvironment local = new StandardEnvironment();
        local.setActiveProfiles("local");

        defaults.postProcessEnvironment(deployed, new SpringApplication());
        defaults.postProcessEnvironment(local, new SpringApplication());

        assertThat(deployed.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(local.getProperty("logging.structured.format.console")).isNull();
        assertThat(local.getProperty("logging.pattern.correlation")).contains("%X{traceId", "%X{requestId");
    }
}
