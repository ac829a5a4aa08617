package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.local.LocalSystem;

/**
 * Every operation of the four services' OpenAPI documents, called through the gateway with bad input
 * (see {@link BadRequests}), anonymously and with a token of a role the gateway lets through: no
 * answer is a server error, every refusal is an RFC 9457 problem, and no write with bad input is
 * accepted (the other system tests of this JVM share the running system). The cases are drawn from a
 * fixed seed, so a failing case is the same case on the next run.
 */
class ApiFuzzTest {

    static final long SEED = 20261203L;
    static final Map<String, String> API_DOCS = Map.of(
            "catalog-service", "/api/catalog/v3/api-docs",
            "order-service", "/api/orders/v3/api-docs",
            "event-service", "/api/fairs/v3/api-docs",
            "notification-service", "/api/notifications/v3/api-docs");
    /** Bad requests per operation with a token; each operation also gets one sent anonymously. */
    static final int CASES_WITH_TOKEN = 5;
    /**
     * POST /api/orders has a budget of 10 per minute per customer, and the other system tests of this
     * JVM place their orders as the same demo customer.
     */
    static final int ORDER_CASES_WITH_TOKEN = 2;

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The answers' statuses by kind of bad input, told at the end. */
    static final Map<String, Map<Integer, Integer>> STATUSES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> noOperationAnswersBadInputWithAServerErrorOrWithoutAProblem() throws Exception {
        LocalSystem system = RunningSystem.get();
        Map<String, String> tokens = new TreeMap<>();
        BadRequests badRequests = new BadRequests(new Random(SEED));
        List<BadRequest> cases = new ArrayList<>();
        for (String service : new TreeSet<>(API_DOCS.keySet())) {
            for (ApiOperation operation : ApiOperation.allOf(service, apiDocs(system, API_DOCS.get(service)))) {
                if (operation.streams()) {
                    continue;
                }
                String account = accountFor(operation);
                if (!tokens.containsKey(account)) {
                    tokens.put(account, SystemHttp.token(system, account));
                }
                boolean ordering =
                        operation.method().equals("POST") && operation.path().equals("/api/orders");
                cases.addAll(badRequests.forOperation(
                        operation, account, ordering ? ORDER_CASES_WITH_TOKEN : CASES_WITH_TOKEN));
            }
        }
        assertThat(cases.size()).as("fuzz cases").isBetween(300, 500);
        int[] number = {0};
        return cases.stream().map(c -> {
            int n = ++number[0];
            return DynamicTest.dynamicTest(
                    String.format("%03d %s", n, c.displayName()),
                    () -> check(system, c, c.account() == null ? null : tokens.get(c.account()), n));
        });
    }

    @AfterAll
    static void tellTheAnswers() {
        new TreeMap<>(STATUSES)
                .forEach(
                        (kind, statuses) -> System.out.println("ApiFuzzTest " + kind + ": " + new TreeMap<>(statuses)));
    }

    private static void check(LocalSystem system, BadRequest request, String token, int number) throws Exception {
        HttpResponse<byte[]> answer = send(system, request, token, "api-fuzz-" + number);
        STATUSES.computeIfAbsent(request.kind(), k -> new ConcurrentHashMap<>())
                .merge(answer.statusCode(), 1, Integer::sum);
        int status = answer.statusCode();
        String contentType = answer.headers().firstValue("Content-Type").orElse("(none)");
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String told = String.format(
                "case %d %s:%n%s %s%n  Content-Type: %s%n  body: %s%nanswered %d%n  Content-Type: %s%n  body: %s",
                number,
                request.displayName(),
                request.operation().method(),
                request.target(),
                request.contentType(),
                abbreviate(request.body()),
                status,
                contentType,
                abbreviate(body));
        assertThat(status).as("no server error for%n%s", told).isLessThan(500);
        if (status >= 400) {
            assertThat(contentType).as("a problem for%n%s", told).startsWith("application/problem+json");
        }
        if (request.mustBeRefused()) {
            assertThat(status)
                    .as("a write with bad input refused for%n%s", told)
                    .isGreaterThanOrEqualTo(400);
        }
    }

    private static HttpResponse<byte[]> send(LocalSystem system, BadRequest request, String token, String requestId)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(system.gatewayUrl() + request.target()))
                .timeout(REQUEST_TIMEOUT)
                .header("X-Request-Id", requestId);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (request.body() == null) {
            builder.method(request.operation().method(), HttpRequest.BodyPublishers.noBody());
        } else {
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            builder.method(request.operation().method(), HttpRequest.BodyPublishers.ofString(request.body()));
        }
        // the whole answer, body included, within a bound: a stream that never ends fails the case
        return HTTP.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                .get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
    }

    private static tools.jackson.databind.JsonNode apiDocs(LocalSystem system, String path) throws Exception {
        HttpResponse<String> docs = SystemHttp.get(system.gatewayUrl() + path);
        assertThat(docs.statusCode()).as("%s: %s", path, docs.body()).isEqualTo(200);
        return JSON.readTree(docs.body());
    }

    /**
     * A demo account (README.md) the gateway lets through to the operation, spread so that no account
     * spends much of its browsing budget (300 per minute), which the other system tests share.
     */
    static String accountFor(ApiOperation operation) {
        String path = operation.path();
        if (path.equals("/api/orders") && operation.method().equals("POST")) {
            return "khachhang";
        }
        if (path.startsWith("/api/orders") || path.startsWith("/api/notifications/webhooks")) {
            return "vanhanh";
        }
        if (path.startsWith("/api/catalog/imports")
                || path.startsWith("/api/catalog/producers")
                || path.startsWith("/api/fairs")) {
            return "bantochuc";
        }
        return "battrang";
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        return text.length() > 400 ? text.substring(0, 400) + "... (" + text.length() + " chars)" : text;
    }
}
