package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.local.LocalSystem;

/**
 * Every operation of the four services' OpenAPI documents, called through the gateway with bad
 * input: wrong types, huge values, operators in parameter names, encoded and odd path segments,
 * broken bodies. Whatever the input, no answer is a 5xx and every 4xx is application/problem+json.
 * A fixed seed and a bounded number of cases (every operation at least once), so a failure repeats.
 */
class ApiFuzzTest {

    private static final List<String> DOCUMENTS = List.of("catalog", "orders", "fairs", "notifications");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CASES = 400;

    record Operation(String method, String path, List<String> query, boolean body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static LocalSystem system;
    private static List<Operation> operations;
    private static Map<String, String> tokens;

    @BeforeAll
    static void readTheDocuments() throws Exception {
        system = RunningSystem.get();
        operations = new ArrayList<>();
        for (String document : DOCUMENTS) {
            HttpResponse<String> answer = SystemHttp.get(system.gatewayUrl() + "/api/" + document + "/v3/api-docs");
            assertThat(answer.statusCode()).as(document).isEqualTo(200);
            JSON.readTree(answer.body())
                    .get("paths")
                    .properties()
                    .forEach(path -> path.getValue().properties().forEach(op -> {
                        List<String> query = new ArrayList<>();
                        JsonNode parameters = op.getValue().get("parameters");
                        if (parameters != null) {
                            parameters.forEach(p -> {
                                if ("query".equals(p.get("in").asString())) {
                                    query.add(p.get("name").asString());
                                }
                            });
                        }
                        operations.add(new Operation(
                                op.getKey().toUpperCase(java.util.Locale.ROOT),
                                path.getKey(),
                                query,
                                op.getValue().has("requestBody")));
                    }));
        }
        assertThat(operations).hasSizeGreaterThan(40);
        tokens = Map.of(
                "anonymous", "",
                "customer", SystemHttp.token(system, "khachhang"),
                "producer", SystemHttp.token(system, "vanphuc"),
                "organiser", SystemHttp.token(system, "bantochuc"));
    }

    private static final List<String> BAD_VALUES = List.of(
            "-1",
            "0",
            "9223372036854775808",
            "1e309",
            "NaN",
            "true",
            "null",
            "%2e%2e",
            "%252e",
            "a;b=c",
            "%7B%24ne%7D",
            "%E2%80%AE",
            "%27%20OR%201=1%20--",
            "%F0%9F%90%9B",
            "x".repeat(3000),
            "abc",
            "42");
    private static final List<String> ODD_NAMES =
            List.of("q.x", "q%5B%24ne%5D", "size%5B0%5D", "page%5B%5D", "%24where", "sort.%24gt", "a%00b");
    private static final List<String> BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"lines\":\"many\"}",
            "{\"name\":{\"$ne\":null}}",
            "{\"stars\":99999999999999999999,\"priceVnd\":-1,\"startsOn\":\"yesterday\"}",
            "{\"quantity\":1.5,\"status\":\"NOT_A_STATUS\",\"kind\":42}",
            "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}");
    private static final List<String> CALLERS = List.of("anonymous", "customer", "producer", "organiser");

    /** A fixed seed and a bounded count: a failure names its case number and repeats. */
    @TestFactory
    Stream<DynamicTest> badInputNeverGetsA5xxAndEvery4xxIsAProblem() {
        Random random = new Random(20261203L);
        return IntStream.range(0, CASES).mapToObj(n -> {
            Operation operation = operations.get(n < operations.size() ? n : random.nextInt(operations.size()));
            String caller = CALLERS.get(random.nextInt(CALLERS.size()));
            String value = BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
            String oddName = ODD_NAMES.get(random.nextInt(ODD_NAMES.size()));
            String body = BODIES.get(random.nextInt(BODIES.size()));
            return DynamicTest.dynamicTest(
                    "#" + n + " " + operation + " as " + caller, () -> call(operation, caller, value, oddName, body));
        });
    }

    private static void call(Operation operation, String caller, String value, String oddName, String body)
            throws Exception {
        String path = operation.path().replaceAll("\\{[^}]+}", value.replace("/", "%2F"));
        StringBuilder url = new StringBuilder(system.gatewayUrl()).append(path).append('?');
        for (String name : operation.query()) {
            url.append(name).append('=').append(value).append('&');
        }
        url.append(oddName).append("=1");
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(20));
        } catch (IllegalArgumentException notAUri) {
            return; // the client refuses to send it; nothing reaches the system
        }
        request.method(
                operation.method(),
                operation.body() ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (operation.body()) {
            request.header("Content-Type", "application/json");
        }
        if (!tokens.get(caller).isEmpty()) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        request.header("Idempotency-Key", "fuzz-" + Math.abs(url.toString().hashCode()));

        HttpResponse<String> answer = SystemHttp.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        String what = operation + " as " + caller + " → " + url + " : " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        if (answer.statusCode() >= 400) { // 429 too: the rate limits answer in kind
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as(what)
                    .startsWith("application/problem+json");
            assertThat(answer.body()).as(what).doesNotContain("vn.ocop.fair.", "java.lang.", "tools.jackson.");
        }
    }
}
