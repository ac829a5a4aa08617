package vn.ocop.fair.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Every servlet service answers errors outside its controllers with problem+json, not Boot's error JSON. */
class ProblemResponsesAutoConfigurationTest {

    private final WebApplicationContextRunner servlets = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DispatcherServletAutoConfiguration.class,
                    WebMvcAutoConfiguration.class,
                    ErrorMvcAutoConfiguration.class,
                    ProblemResponsesAutoConfiguration.class));

    @Test
    void replacesBootsErrorControllerInAServletApplication() {
        servlets.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ErrorController.class);
            assertThat(context).hasSingleBean(ProblemErrorController.class);
            assertThat(context).doesNotHaveBean(BasicErrorController.class);
        });
    }

    @Test
    void staysOutOfAnApplicationThatIsNoServletWebApplication() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ProblemResponsesAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemErrorController.class));
    }

    @Test
    void turnsTheWhitelabelPageOffUnlessAServiceSaysOtherwise() {
        StandardEnvironment plain = new StandardEnvironment();
        new ProblemResponseDefaults().postProcessEnvironment(plain, new SpringApplication());
        assertThat(plain.getProperty("server.error.whitelabel.enabled")).isEqualTo("false");

        StandardEnvironment overridden = new StandardEnvironment();
        overridden
                .getPropertySources()
                .addFirst(new MapPropertySource("service", Map.of("server.error.whitelabel.enabled", "true")));
        new ProblemResponseDefaults().postProcessEnvironment(overridden, new SpringApplication());
        assertThat(overridden.getProperty("server.error.whitelabel.enabled")).isEqualTo("true");
    }
}
