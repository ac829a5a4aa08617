package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.fair.local.LocalSystem;

/**
 * A customer's order at the demo trade week, through the gateway: the steps the fair-day test
 * checks one by one, and the flow the observability test runs so that the business counters exist.
 */
final class FairDay {

    static final String TRADE_WEEK = "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa";
    static final String SILK_SCARF = "Khăn lụa tơ tằm Vạn Phúc";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalSystem system;

    FairDay(LocalSystem system) {
        this.system = system;
    }

    /** The id of the open demo trade week, once event-service has set up the demo fairs. */
    String openTradeWeek() {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    String fairs = get("/api/fairs?status=OPEN&size=20", null).body();
                    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\"" + Pattern.quote(TRADE_WEEK) + "\"")
                            .matcher(fairs);
                    assertThat(m.find())
                            .as("the open trade week among %s", fairs)
                            .isTrue();
                    id[0] = m.group(1);
                });
        return id[0];
    }

    /** The demo catalogue's Vạn Phúc silk scarf. */
    String silkScarf() throws IOException, InterruptedException {
        String page = get("/api/catalog/products?size=100", null).body();
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",[^{}]*?\"name\":\"" + Pattern.quote(SILK_SCARF) + "\"")
                .matcher(page);
        assertThat(m.find()).as("%s in the catalogue", SILK_SCARF).isTrue();
        return m.group(1);
    }

    /** Places the order (twice with the same key: the second is a replay) and returns its answer. */
    HttpResponse<String> order(String fairId, String productId, String idempotencyKey)
            throws IOException, InterruptedException {
        String body = """
                {"fairId":"%s","lines":[{"productId":"%s","quantity":1}],"fulfilment":{"method":"PICKUP"},
                 "contact":{"name":"Nguyễn Văn An","phone":"0912345678","email":"an.nguyen@example.vn"}}
                """.formatted(fairId, productId);
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(system.gatewayUrl() + "/api/orders"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token("khachhang"))
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Orders the scarf at the trade week and waits until the saga confirms it; returns the order id. */
    String confirmedOrder() throws IOException, InterruptedException {
        String key = "fair-day-" + UUID.randomUUID();
        HttpResponse<String> placed = order(openTradeWeek(), silkScarf(), key);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(order(openTradeWeek(), silkScarf(), key).statusCode()).isEqualTo(201);
        String orderId = SystemHttp.field(placed.body(), "id");
        awaitStatus(orderId, "CONFIRMED");
        return orderId;
    }

    void awaitStatus(String orderId, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(get("/api/orders/" + orderId, token("khachhang"))
                                .body())
                        .contains("\"status\":\"" + status + "\""));
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.gatewayUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(system.gatewayUrl() + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String token(String username) throws IOException, InterruptedException {
        return SystemHttp.token(system, username);
    }
}
