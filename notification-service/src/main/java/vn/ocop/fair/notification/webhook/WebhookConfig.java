package vn.ocop.fair.notification.webhook;

import java.net.InetAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfig {

    /** The system's resolver; a test may put one of its own first. */
    @Bean
    HostResolver systemHostResolver() {
        return InetAddress::getAllByName;
    }
}
