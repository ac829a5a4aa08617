package vn.ocop.fair.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Webhooks can ask for every event type order-service and event-service publish (a new one must be added). */
class EventTypesTest {

    @Test
    void knowsEveryPublishedOrderAndFairEventType() throws IOException {
        List<String> published;
        try (Stream<Path> orders = Files.list(Path.of("../order-service/src/test/resources/events"));
                Stream<Path> fairs = Files.list(Path.of("../event-service/src/test/resources/events"))) {
            published = Stream.concat(orders, fairs)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .toList();
        }

        assertThat(published).hasSizeGreaterThanOrEqualTo(19);
        assertThat(WebhookController.EVENT_TYPES).containsAll(published).contains("StockLow", "CertificateExpiring");
    }
}
