package vn.ocop.fair.catalog;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * catalog-service's HTTP API as tests call it: real requests, real tokens, sample bodies. A bean of
 * the shared test context ({@link Configuration}): a test injects it.
 */
public final class CatalogApi {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final IntSupplier port;

    public CatalogApi(int port) {
        this(() -> port);
    }

    private CatalogApi(IntSupplier port) {
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

    /** A listable product of the given group, stars and price (certified six months ago). */
    public static String product(String producerId, String name, String group, int stars, long priceVnd) {
        return product(producerId, name, stars, LocalDate.now().minusMonths(6))
                .replace("\"HANDICRAFT\"", "\"" + group + "\"")
                .replace("450000", String.valueOf(priceVnd));
    }

    /** The same product, sent as a draft. */
    public static String draft(String product) {
        return product.replace("\"producerId\"", "\"draft\":true,\"producerId\"");
    }

    /** The same product without its certificate. */
    public static String withoutCertificate(String product) {
        return product.replaceAll(",\\s*\"certificate\":\\{[^}]*}", "");
    }

    /** The id of the product a {@code 201 Created} answer describes. */
    public static String idOf(HttpResponse<String> created) {
        return created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** Registers (or re-registers) a producer as an organiser. */
    public void registerProducer(String id) throws Exception {
        registerProducer(id, "HTX " + id, "Phường Hà Đông", "Hà Nội", "Làng lụa Vạn Phúc");
    }

    /** Registers (or re-registers) a producer with its own name and place; {@code craftVillage} may be null. */
    public void registerProducer(String id, String name, String commune, String province, String craftVillage)
            throws Exception {
        HttpResponse<String> answer = send(
                "PUT",
                "/api/catalog/producers/" + id,
                """
                {"name":"%s","type":"COOPERATIVE","commune":"%s","province":"%s",
                 "legacyDistrict":"Hà Đông","craftVillage":%s,"phone":"024 3382 0000"}
                """.formatted(name, commune, province, craftVillage == null ? "null" : "\"" + craftVillage + "\""),
                TestTokens.shared().organiser());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("Could not register producer " + id + ": " + answer.body());
        }
    }

    /** Creates a product as an organiser and answers its id. */
    public String create(String product) throws Exception {
        HttpResponse<String> answer = send(
                "POST", "/api/catalog/products", product, TestTokens.shared().organiser());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Could not create a product: " + answer.body());
        }
        return idOf(answer);
    }

    /** {@code POST /api/catalog/products/{id}/list} as {@code token}. */
    public HttpResponse<String> list(String productId, String token) throws Exception {
        return send("POST", "/api/catalog/products/" + productId + "/list", null, token);
    }

    /** {@code POST /api/catalog/products/{id}/delist} with {@code reason}, as {@code token}. */
    public HttpResponse<String> delist(String productId, String reason, String token) throws Exception {
        String body = "{\"reason\":\"%s\"}".formatted(reason);
        return send("POST", "/api/catalog/products/" + productId + "/delist", body, token);
    }

    /** {@code GET /api/catalog/products} without a token; {@code parameters} are name, value, name, value… (encoded here). */
    public HttpResponse<String> search(String... parameters) throws Exception {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? '?' : '&')
                    .append(parameters[i])
                    .append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return send("GET", "/api/catalog/products" + query, null, null);
    }

    /** Posts raw bytes, e.g. a CSV file, with the given Content-Type. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Makes the API a bean of the shared context, calling the server on the port it started on. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        CatalogApi catalogApi(Environment environment) {
            return new CatalogApi(() -> environment.getRequiredProperty("local.server.port", Integer.class));
        }
    }
}
