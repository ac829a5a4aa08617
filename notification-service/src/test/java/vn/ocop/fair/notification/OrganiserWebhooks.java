package vn.ocop.fair.notification;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The webhooks the organiser registers during a test, removed after it: an instance field of the
 * test, registered with {@code @RegisterExtension}.
 */
final class OrganiserWebhooks implements AfterEachCallback {

    private static final String WEBHOOKS = "/api/notifications/webhooks";

    private final IntSupplier port;
    private final List<String> registered = new ArrayList<>();

    /** @param port the service's port, known once the test runs */
    OrganiserWebhooks(IntSupplier port) {
        this.port = port;
    }

    /** Registers {@code url} for one event type; the answer as it came (a refused one is not kept). */
    ResponseEntity<String> register(String url, String eventType) {
        ResponseEntity<String> created =
                Api.organiser(port.getAsInt()).post(WEBHOOKS, Map.of("url", url, "eventTypes", List.of(eventType)));
        if (created.getStatusCode() == HttpStatus.CREATED) {
            registered.add(JsonPath.read(created.getBody(), "$.id"));
        }
        return created;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        registered.forEach(id -> Api.organiser(port.getAsInt()).delete(WEBHOOKS + "/" + id));
        registered.clear();
    }
}
