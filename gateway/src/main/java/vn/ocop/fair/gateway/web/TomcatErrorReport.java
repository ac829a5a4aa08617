package vn.ocop.fair.gateway.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link ProblemReportValve} on the embedded Tomcat's host, in place of its HTML error report. */
@Configuration(proxyBeanMethods = false)
class TomcatErrorReport {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValveInstaller() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
