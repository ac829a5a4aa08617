package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.local.LocalSystem;
import vn.ocop.fair.local.Topics;
import vn.ocop.fair.operations.ObservabilityQueries;

/**
 * What operators see of the running system: every metric the dashboards and alert rules query is
 * exposed after a demo flow, and a product written through the gateway leaves Kafka with the trace
 * context of its request.
 */
class ObservabilityTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);
    static LocalSystem system;
    static String productId;

    /**
     * A demo flow that makes the counters appear: browsing, a product listed, an order confirmed
     * (and replayed), a record dead-lettered.
     */
    @BeforeAll
    static synchronized void runTheDemoFlow() throws Exception {
        if (productId != null) {
            return; // once per test JVM: the Prometheus test runs it too
        }
        system = RunningSystem.get();
        assertThat(SystemHttp.get(system.gatewayUrl() + "/api/catalog/products?size=5")
                        .statusCode())
                .isEqualTo(200);
        productId = listProduct();
        new FairDay(system).confirmedOrder();
        sendUnreadableOrderEvent(system.kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(
                                SystemHttp.get(system.managementUrl("catalog-service") + "/actuator/prometheus")
                                        .body())
                        .contains("ocop_dlq_records_total{")
                        .contains("topic=\"ocop.orders.v1\""));
    }

    @Test
    void everyMetricTheDashboardsAndRulesQueryIsExposedByTheRunningServices() throws Exception {
        Set<String> needed = new TreeSet<>(new ObservabilityQueries(RunningSystem.root()).metricNamesNeeded());
        // gauges recounted periodically appear at their first refresh
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Set<String> missing = new TreeSet<>(needed);
                    missing.removeAll(scrapeAll(system));
                    assertThat(missing)
                            .as("metrics queried by deploy/observability but exposed by no service")
                            .isEmpty();
                });
        Set<String> exposed = scrapeAll(system);
        assertThat(exposed)
                .contains(
                        "ocop_dlq_records_total",
                        "ocop_outbox_backlog",
                        "resilience4j_circuitbreaker_state",
                        "spring_cloud_stream_binder_kafka_offset",
                        "http_server_requests_seconds_bucket");
    }

    @Test
    void aProductListedThroughTheGatewayIsPublishedWithTheTraceContextOfItsRequest() {
        ConsumerRecord<String, String> listed = awaitRecord(Topics.CATALOG_PRODUCTS, productId);

        Header traceparent = listed.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent header of ProductListed").isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    static Set<String> scrapeAll(LocalSystem system) throws IOException, InterruptedException {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, String> target : system.scrapeTargets().entrySet()) {
            HttpResponse<String> scrape = SystemHttp.get("http://" + target.getValue() + "/actuator/prometheus");
            assertThat(scrape.statusCode())
                    .as("%s /actuator/prometheus", target.getKey())
                    .isEqualTo(200);
            Matcher m = SAMPLE.matcher(scrape.body());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String listProduct() throws IOException, InterruptedException {
        HttpResponse<String> created =
                SystemHttp.send(SystemHttp.productListing(system, "Khăn lụa tơ tằm Vạn Phúc (truy vết)", 180000)
                        .header("Authorization", "Bearer " + SystemHttp.token(system, "vanphuc"))
                        .header("X-Request-Id", "observability-" + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return SystemHttp.field(created.body(), "id");
    }

    /** A record catalog-service cannot read (no CloudEvents type): straight to its dead-letter topic. */
    private static void sendUnreadableOrderEvent(String kafka) throws Exception {
        try (var producer = Topics.textProducer(kafka)) {
            producer.send(new ProducerRecord<>(Topics.ORDERS, "dead-letter-" + UUID.randomUUID(), "not an event"))
                    .get();
        }
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        try (var consumer =
                Topics.textConsumer(system.kafkaBootstrapServers(), "observability-test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + topic + " within 30 s");
    }

    static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
