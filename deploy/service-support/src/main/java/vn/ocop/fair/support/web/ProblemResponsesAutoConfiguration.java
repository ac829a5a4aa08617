package vn.ocop.fair.support.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Problem+json for what never reaches a service's controllers: {@link ProblemErrorController} in
 * place of Boot's {@code /error} (before Boot's, which then stands back) and {@link
 * ProblemReportValve} in place of Tomcat's HTML error report. With {@link ProblemDetailsSupport}
 * under each service's advice, every 4xx and 5xx of every service is application/problem+json.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ErrorController.class)
public class ProblemResponsesAutoConfiguration {

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({TomcatServletWebServerFactory.class, StandardHost.class})
    static class TomcatErrorReport {

        /** Puts the valve on the embedded Tomcat's host in place of its HTML error report. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValveInstaller() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }
    }
}
