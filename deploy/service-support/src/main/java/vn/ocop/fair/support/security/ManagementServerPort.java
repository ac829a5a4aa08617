package vn.ocop.fair.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The port of the management server ({@code management.server.port}), once it has started: the
 * actuator's own port, set apart from the service's API. It stays unknown when the actuator shares
 * the service's port, as in tests.
 */
public final class ManagementServerPort implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** Whether the request came in on the management port, which only loopback or Prometheus reaches. */
    boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
