package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The in-app feed: own messages only, paged, unread count, mark as read, and live over Server-Sent Events. */
class FeedTest extends ServiceTest {

    @Autowired
    Events events;

    @Test
    void pushesANewNotificationToTheRecipientsOpenStream() throws Exception {
        String producer = "htx-live-" + UUID.randomUUID().toString().substring(0, 8);
        Api api = Api.producer(port, producer);
        api.prefer("vi", null, "IN_APP");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        // the token as a query parameter, as a browser's EventSource sends it
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/notifications/stream?access_token=" + api.token()))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(":connected"));

        events.deliver("StockLow", Map.of(Samples.PRODUCER, producer));

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:notification"));
        String data =
                lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
        assertThat(JsonPath.<String>read(data.substring(5), "$.type")).isEqualTo("STOCK_LOW");
        assertThat(JsonPath.<String>read(data.substring(5), "$.subject")).startsWith("Sắp hết hàng");
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(":heartbeat"));
        response.body().close();
    }

    @Test
    void refusesTheQueryParameterTokenOutsideTheStream() {
        String token = Api.customer(port, "khach-query").token();
        ResponseEntity<String> answer =
                Api.as(port, "not-a-token").get("/api/notifications/unread-count?access_token=" + token);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void listsCountsAndMarksOnlyTheCallersOwnNotifications() {
        String producer = "htx-feed-" + UUID.randomUUID().toString().substring(0, 8);
        Api owner = Api.producer(port, producer);
        owner.prefer("en", null, "IN_APP");
        events.deliver("StockLow", Map.of(Samples.PRODUCER, producer));
        events.deliver("CertificateExpiring", Map.of(Samples.PRODUCER, producer));

        String page = owner.get("/api/notifications?size=1").getBody();
        assertThat(JsonPath.<Integer>read(page, "$.total")).isEqualTo(2);
        assertThat(JsonPath.<List<?>>read(page, "$.items")).hasSize(1);
        assertThat(JsonPath.<String>read(page, "$.items[0].type")).isEqualTo("CERTIFICATE_EXPIRING");
        assertThat(owner.get("/api/notifications/unread-count").getBody()).isEqualTo("{\"unread\":2}");
        String id = JsonPath.read(page, "$.items[0].id");

        ResponseEntity<String> stranger =
                Api.producer(port, "htx-someone-else").put("/api/notifications/" + id + "/read", null);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(Api.producer(port, "htx-someone-else")
                        .get("/api/notifications")
                        .getBody())
                .doesNotContain(id);

        ResponseEntity<String> read = owner.put("/api/notifications/" + id + "/read", null);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<Boolean>read(read.getBody(), "$.read")).isTrue();
        assertThat(owner.get("/api/notifications/unread-count").getBody()).isEqualTo("{\"unread\":1}");
        String unread = owner.get("/api/notifications?unread=true").getBody();
        assertThat(JsonPath.<String>read(unread, "$.items[0].type")).isEqualTo("STOCK_LOW");
        assertThat(JsonPath.<Integer>read(unread, "$.total")).isEqualTo(1);
    }

    @Test
    void storesOneNotificationPerEventRecipientAndChannelHoweverOftenTheEventArrives() {
        String producer = "htx-dup-" + UUID.randomUUID().toString().substring(0, 8);
        Api owner = Api.producer(port, producer);
        String ceId = UUID.randomUUID().toString();

        for (int i = 0; i < 3; i++) {
            events.deliver("StockLow", ceId, Map.of(Samples.PRODUCER, producer));
        }

        assertThat(JsonPath.<Integer>read(owner.get("/api/notifications").getBody(), "$.total"))
                .isEqualTo(1);
    }
}
