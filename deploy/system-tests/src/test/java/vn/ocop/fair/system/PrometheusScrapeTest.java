package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.local.LocalSystem;
import vn.ocop.fair.operations.ObservabilityQueries;
import vn.ocop.fair.operations.PromQl;
import vn.ocop.fair.operations.Query;

/**
 * A real Prometheus (Debian's package, as README "Operate" runs it) scrapes the running system and
 * evaluates every dashboard query and alert rule; the key panels have data.
 */
class PrometheusScrapeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Panels that must show data after the demo flow (a product listed, an order confirmed, a dead letter). */
    static final Set<String> KEY_PANELS = Set.of(
            "Requests per second by service",
            "p95 latency by service",
            "JVM heap used",
            "Circuit breaker state (gateway)",
            "Consumer lag by group and topic",
            "Outbox backlog",
            "Events published by type",
            "Dead letters",
            "Products on sale per OCOP group",
            "Orders placed per fair",
            "Order value per fair (VND)",
            "Notifications");

    static LocalSystem system;
    static Process prometheus;
    static String api;

    @BeforeAll
    static void startPrometheusAgainstTheSystem() throws Exception {
        system = RunningSystem.get();
        ObservabilityTest.runTheDemoFlow();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "prometheus");
        Path rules = RunningSystem.root().resolve("deploy/observability/prometheus/rules");
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 2s
                  evaluation_interval: 2s
                rule_files:
                  - %s/*.yml
                scrape_configs:
                  - job_name: ocop-services
                    metrics_path: /actuator/prometheus
                    static_configs:
                """.formatted(rules));
        system.scrapeTargets()
                .forEach((service, target) -> config.append("      - targets: [\"")
                        .append(target)
                        .append("\"]\n        labels: { service: ")
                        .append(service)
                        .append(" }\n"));
        Files.writeString(dir.resolve("prometheus.yml"), config);
        int port = freePort();
        api = "http://127.0.0.1:" + port + "/api/v1";
        try {
            prometheus = new ProcessBuilder(
                            "prometheus",
                            "--config.file=" + dir.resolve("prometheus.yml"),
                            "--storage.tsdb.path=" + dir.resolve("data"),
                            "--web.listen-address=127.0.0.1:" + port,
                            "--log.level=warn")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("prometheus.log").toFile())
                    .start();
        } catch (IOException notInstalled) {
            fail(
                    "prometheus is not installed: this test runs Debian's package (sudo apt-get install -y prometheus; .ci/run installs it)",
                    notInstalled);
        }
    }

    @AfterAll
    static void stopPrometheus() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void scrapesEveryServiceAndEvaluatesEveryDashboardQueryAndRule() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(targetHealth()).hasSize(5).containsOnly("up"));
        // rate() needs two scrapes of the same series
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !query("sum(rate(http_server_requests_seconds_count[1m]))")
                        .path("data")
                        .path("result")
                        .isEmpty());

        List<Query> queries = new ObservabilityQueries(RunningSystem.root()).all();
        // a counter's increase() needs two scrapes of its own target, which may lag the others
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    List<String> empty = new ArrayList<>();
                    for (Query q : queries) {
                        JsonNode answer = query(PromQl.forPrometheus(q.expression()));
                        assertThat(answer.path("status").asString())
                                .as("%s: %s -> %s", q, q.expression(), answer)
                                .isEqualTo("success");
                        if (answer.path("data").path("result").isEmpty()) {
                            empty.add(q.title());
                        }
                    }
                    assertThat(empty).as("key panels without data").doesNotContainAnyElementsOf(KEY_PANELS);
                });
        assertThat(queries).extracting(Query::title).containsAll(KEY_PANELS);
    }

    @Test
    void loadsTheAlertRulesAndEvaluatesThemWithoutError() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<String> health = new ArrayList<>();
                    for (JsonNode group : get("/rules").path("data").path("groups")) {
                        for (JsonNode rule : group.path("rules")) {
                            health.add(rule.path("name").asString() + "="
                                    + rule.path("health").asString());
                        }
                    }
                    assertThat(health).hasSizeGreaterThanOrEqualTo(8).allMatch(h -> h.endsWith("=ok"));
                });
    }

    private static List<String> targetHealth() {
        List<String> health = new ArrayList<>();
        for (JsonNode target : get("/targets").path("data").path("activeTargets")) {
            health.add(target.path("health").asString());
        }
        return health;
    }

    private static JsonNode query(String promql) {
        return get("/query?query=" + ObservabilityTest.encode(promql));
    }

    private static JsonNode get(String path) {
        try {
            var answer = SystemHttp.get(api + path);
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            return JSON.readTree(
                    "{\"status\":\"unreachable\",\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
