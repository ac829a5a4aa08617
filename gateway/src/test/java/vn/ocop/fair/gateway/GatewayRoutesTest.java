package vn.ocop.fair.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutesTest {

    static final String PRODUCTS =
            "{\"items\":[{\"id\":\"p-1\",\"name\":\"Mắm tôm Hậu Lộc\"}],\"page\":0,\"size\":20,\"total\":1}";
    static final String PRODUCT_NOT_FOUND =
            "{\"type\":\"https://ocop-fair.vn/problems/product-not-found\",\"status\":404}";
    static final String CORRELATION = "X-Correlation-Id";

    /** A stand-in catalog-service: a real HTTP server on a free port, started before the gateway. */
    static final HttpServer catalog = startCatalog();

    @DynamicPropertySource
    static void pointTheGatewayAtTheCatalog(DynamicPropertyRegistry registry) {
        registry.add(
                "ocop.gateway.services.catalog",
                () -> "http://127.0.0.1:" + catalog.getAddress().getPort());
    }

    @AfterAll
    static void stopCatalog() {
        catalog.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    ClientHttpRequestFactory requestFactory;

    RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    @Test
    void forwardsCatalogRequestsToTheCatalogService() {
        ResponseEntity<String> response = http.get()
                .uri("/api/catalog/products")
                .header(CORRELATION, "trace-42")
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getBody()).isEqualTo(PRODUCTS);
        assertThat(response.getHeaders().getFirst(CORRELATION)).isEqualTo("trace-42");
    }

    @Test
    void passesTheServiceStatusThroughUnchanged() {
        ResponseEntity<String> response =
                http.get().uri("/api/catalog/products/unknown").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("product-not-found");
    }

    @Test
    void proxiesWithApacheHttpClient() {
        assertThat(requestFactory).isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
    }

    @Test
    void reportsItselfHealthy() {
        ResponseEntity<String> health =
                http.get().uri("/actuator/health").retrieve().toEntity(String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(health.getBody(), "$.status")).isEqualTo("UP");
    }

    private static HttpServer startCatalog() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/catalog/products", GatewayRoutesTest::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String correlation = exchange.getRequestHeaders().getFirst(CORRELATION);
        if (correlation != null) {
            exchange.getResponseHeaders().add(CORRELATION, correlation);
        }
        if (exchange.getRequestURI().getPath().equals("/api/catalog/products")) {
            respond(exchange, 200, "application/json", PRODUCTS);
        } else {
            respond(exchange, 404, "application/problem+json", PRODUCT_NOT_FOUND);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
