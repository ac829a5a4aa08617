package vn.ocop.fair.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.gateway.GatewayTest;

/**
 * notification-service's live stream through the gateway: streamed as it comes (not buffered:
 * the first line arrives while the service still holds the stream open), and reachable with the token as a query parameter, as a
 * browser's EventSource sends it.
 */
class EventStreamTest extends GatewayTest {

    @Test
    void streamsEventsAsTheyComeWithTheTokenInTheQuery() throws Exception {
        String token = gateway.token("khachhang");
        HttpRequest request = gateway.request("/api/notifications/stream?hold=1&access_token=" + token)
                .build();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // over
            }
        });
        reader.setDaemon(true);
        reader.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(":connected"));
        assertThat(lines).as("nothing more until the service sends it").doesNotContain("event:notification");
        backend.releaseStreams();

        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains("event:notification"));
    }

    @Test
    void refusesTheQueryParameterTokenOnOtherPaths() {
        String token = gateway.token("khachhang");

        assertThat(gateway.get("/api/notifications?access_token=" + token).statusCode())
                .isEqualTo(401);
    }
}
