package vn.ocop.fair.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LocalIssuerProfileGuardTest {

    private final ApplicationContextRunner runner = LocalIssuerContext.runner();

    @Test
    void refusesToStartOutsideTheLocalProfile() {
        runner.withPropertyValues("ocop.gateway.local-issuer.enabled=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(LocalIssuerConfiguration.LocalIssuerOutsideLocalProfile.class)
                            .hasMessageContaining("allowed only with the 'local' profile");
                });
    }

    @Test
    void refusesToStartWithNoProfileAtAll() {
        runner.withPropertyValues("ocop.gateway.local-issuer.enabled=true")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void startsInTheLocalProfile() {
        runner.withPropertyValues("ocop.gateway.local-issuer.enabled=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("local"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TokenMinter.class));
    }

    @Test
    void isAbsentWhenNotEnabled() {
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TokenMinter.class));
    }
}
