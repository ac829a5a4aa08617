package vn.ocop.fair.order.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** order-service's HTTP API as tests call it: real requests with real tokens. */
public final class OrderApi {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public OrderApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> place(String token, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/orders"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    public HttpResponse<String> post(String token, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> getAnonymous(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pickup order of {@code quantity} units of one product at a fair. */
    public static String pickup(String fairId, String productId, int quantity) {
        return """
                {"fairId":"%s","lines":[{"productId":"%s","quantity":%d}],
                 "fulfilment":{"method":"PICKUP"},
                 "contact":{"name":"Nguyễn Văn An","email":"an.nguyen@example.vn","phone":"0912345678"}}
                """.formatted(fairId, productId, quantity);
    }

    /** A delivery order paid by bank transfer, with a Hanoi address. */
    public static String delivery(String fairId, String productId, int quantity) {
        return """
                {"fairId":%s,"lines":[{"productId":"%s","quantity":%d}],
                 "fulfilment":{"method":"DELIVERY","address":{"recipient":"Trần Thị Bình","phone":"0987654321",
                   "street":"Số 12 Ngõ 34 Phố Huế","commune":"Phường Hai Bà Trưng","province":"Hà Nội"}},
                 "contact":{"name":"Trần Thị Bình","phone":"0987654321"},"paymentMethod":"BANK_TRANSFER"}
                """.formatted(fairId == null ? "null" : "\"" + fairId + "\"", productId, quantity);
    }
}
