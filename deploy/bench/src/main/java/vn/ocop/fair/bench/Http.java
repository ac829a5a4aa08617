package vn.ocop.fair.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bench's HTTP/1.1 client (keep-alive, JSON bodies) and the calls the set-up makes. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    Http(Executor executor) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
    }

    /** A POST of JSON with a bearer token (and an Idempotency-Key when given). */
    static HttpRequest post(String url, String token, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.build();
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and expects one of {@code expected}; anything else stops the bench with the answer. */
    JsonNode call(HttpRequest request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            }
        }
        throw new IllegalStateException(
                request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
