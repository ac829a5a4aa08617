package vn.ocop.fair.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import vn.ocop.fair.testsupport.TestTokens;

/** catalog-service's HTTP API as tests call it: real requests, real tokens, sample bodies. */
public final class CatalogApi {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public CatalogApi(int port) {
        this.port = port;
    }

    public static String product(String producerId, String name, int stars, LocalDate certifiedOn) {
        return """
                {"producerId":"%s","name":"%s","description":"Sản phẩm OCOP","group":"HANDICRAFT","stars":%d,
                 "priceVnd":450000,"unit":"chiếc","images":["https://img.ocop-fair.vn/%s.jpg"],
                 "certificate":{"decisionNumber":"1521/QĐ-UBND","issuingBody":"UBND TP Hà Nội","issuedOn":"%s"}}
                """.formatted(producerId, name, stars, producerId, certifiedOn);
    }

    public static String product(String producerId, String name) {
        return product(producerId, name, 4, LocalDate.now().minusMonths(6));
    }

    /** Registers (or re-registers) a producer as an organiser. */
    public void registerProducer(String id) throws Exception {
        HttpResponse<String> answer = send(
                "PUT",
                "/api/catalog/producers/" + id,
                """
                {"name":"HTX %s","type":"COOPERATIVE","commune":"Phường Hà Đông","province":"Hà Nội",
                 "legacyDistrict":"Hà Đông","craftVillage":"Làng lụa Vạn Phúc","phone":"024 3382 0000"}
                """.formatted(id),
                TestTokens.shared().organiser());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("Could not register producer " + id + ": " + answer.body());
        }
    }

    /** Posts raw bytes, e.g. a CSV file, with the given Content-Type. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
