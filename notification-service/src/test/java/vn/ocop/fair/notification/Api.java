package vn.ocop.fair.notification;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.testsupport.TestTokens;

/** The service's HTTP API for tests, as one caller (a bearer token); never throws on an error status. */
public final class Api {

    private final RestClient http;
    private final String token;

    private Api(int port, String token) {
        this.token = token;
        this.http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + token)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    public static Api as(int port, String token) {
        return new Api(port, token);
    }

    public static Api customer(int port, String customerId) {
        return as(port, TestTokens.shared().customer(customerId));
    }

    public static Api producer(int port, String producerId) {
        return as(port, TestTokens.shared().producer(producerId));
    }

    public static Api organiser(int port) {
        return as(port, TestTokens.shared().organiser());
    }

    public String token() {
        return token;
    }

    public ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return http.delete().uri(path).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> put(String path, Object body) {
        var spec = http.put().uri(path);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> post(String path, Object body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    /** Chooses language and channels, without quiet hours. */
    public void prefer(String language, String email, String... channels) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("language", language);
        body.put("email", email);
        body.put("channels", java.util.List.of(channels));
        ResponseEntity<String> answer = put("/api/notifications/preferences", body);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("preferences refused: " + answer);
        }
    }

    public void follow(String kind, String targetId) {
        ResponseEntity<String> answer =
                post("/api/notifications/subscriptions", Map.of("kind", kind, "targetId", targetId));
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("follow refused: " + answer);
        }
    }
}
