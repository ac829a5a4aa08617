package vn.ocop.fair.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Tells {@link ResourceServerDefaults} which port the management server listens on. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ManagementServerPortAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ManagementServerPort managementServerPort() {
        return new ManagementServerPort();
    }
}
