package vn.ocop.fair.support.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds the property source {@value #NAME} last, below everything a service or its deployment sets:
 * no whitelabel HTML page behind {@link ProblemErrorController}, errors are problem+json.
 */
public class ProblemResponseDefaults implements EnvironmentPostProcessor {

    public static final String NAME = "ocop-problem-response-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(NAME, Map.of("server.error.whitelabel.enabled", "false")));
    }
}
