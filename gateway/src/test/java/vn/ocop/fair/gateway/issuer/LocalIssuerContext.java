package vn.ocop.fair.gateway.issuer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.gateway.GatewayProperties;

/** The local issuer's configuration alone, with the gateway's properties set as a running gateway has them. */
final class LocalIssuerContext {

    private LocalIssuerContext() {}

    /** No profile active and the issuer not enabled: a test sets what it is about. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, LocalIssuerConfiguration.class)
                .withPropertyValues(
                        "ocop.gateway.services.catalog=http://127.0.0.1:1",
                        "ocop.gateway.services.order=http://127.0.0.1:1",
                        "ocop.gateway.services.event=http://127.0.0.1:1",
                        "ocop.gateway.services.notification=http://127.0.0.1:1",
                        "ocop.gateway.local-issuer.issuer=http://localhost:8080/auth",
                        "ocop.gateway.local-issuer.audience=ocop-fair",
                        "ocop.gateway.local-issuer.token-lifetime=15m",
                        "ocop.gateway.limits.max-body-size=1MB",
                        "ocop.gateway.limits.max-import-size=11MB",
                        "ocop.gateway.limits.browsing.capacity=1",
                        "ocop.gateway.limits.browsing.period=1m",
                        "ocop.gateway.limits.ordering.capacity=1",
                        "ocop.gateway.limits.ordering.period=1m",
                        "ocop.gateway.limits.anonymous-clients-per-address=20",
                        "ocop.gateway.limits.token.capacity=1",
                        "ocop.gateway.limits.token.period=1m",
                        "ocop.gateway.local-issuer.lockout.account-failures=5",
                        "ocop.gateway.local-issuer.lockout.address-failures=20",
                        "ocop.gateway.local-issuer.lockout.window=15m",
                        "ocop.gateway.local-issuer.lockout.first-lock=1m",
                        "ocop.gateway.local-issuer.lockout.longest-lock=15m",
                        "ocop.gateway.resilience.retry-after=10s",
                        "ocop.gateway.resilience.get-retries=0");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewayProperties.class)
    static class Properties {}
}
