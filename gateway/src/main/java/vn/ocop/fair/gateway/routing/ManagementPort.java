package vn.ocop.fair.gateway.routing;

import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Where the management server (actuator: health, info, prometheus) listens, once it has started. */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    URI uri() {
        int known = port;
        if (known < 0) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The management server is not up (is management.server.port set apart from server.port?)");
        }
        return URI.create("http://127.0.0.1:" + known);
    }
}
