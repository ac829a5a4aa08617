package vn.ocop.fair.gateway;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real HTTP to a running gateway, with real tokens from its local issuer (fetched once per user). */
public final class GatewayClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final String base;

    public GatewayClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> call(String method, String path, String username) {
        HttpRequest.Builder request = request(path);
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        return send(withBody(request, method));
    }

    public HttpResponse<String> withToken(String method, String path, String token) {
        return send(withBody(request(path).header("Authorization", "Bearer " + token), method));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    }

    /** {@code POST /auth/token} with these credentials as a form; a caller may add headers. */
    public HttpRequest.Builder login(String username, String password) {
        return request("/auth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + username + "&password=" + password));
    }

    /** A token from {@code POST /auth/token} for a demo account. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, user -> {
            HttpResponse<String> response = send(login(user, "demo123"));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + user + ": " + response.body());
            }
            return JsonPath.read(response.body(), "$.access_token");
        });
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method) {
        return switch (method) {
            case "POST", "PUT", "PATCH" ->
                request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString("{}"));
            default -> request.method(method, BodyPublishers.noBody());
        };
    }
}
