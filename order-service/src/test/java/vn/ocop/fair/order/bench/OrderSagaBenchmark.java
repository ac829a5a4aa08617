package vn.ocop.fair.order.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.SharedInfrastructure;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Orders per second through {@code POST /api/orders} and the saga's latency placed → confirmed,
 * with catalog answering StockReserved at once (its contract, played by a consumer loop). Not part
 * of the build: {@code ./mvnw -o -pl order-service test -Dtest=OrderSagaBenchmark -Docop.bench=true
 * [-Docop.bench.orders=2000] [-Docop.bench.clients=16] [-Docop.bench.warmup=200]}.
 */
@EnabledIfSystemProperty(named = "ocop.bench", matches = "true")
class OrderSagaBenchmark extends OrderServiceTest {

    @Test
    void placesOrdersAndMeasuresTheSaga() throws Exception {
        int count = Integer.getInteger("ocop.bench.orders", 2000);
        int clients = Integer.getInteger("ocop.bench.clients", 16);
        String fair = readModels.openFair();
        String tea = readModels.product("htx-che-ba-vi", "BEVERAGE", 180_000);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(TestTokens.shared().customer("bench-" + i));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        seen.clear();
        Thread catalog = new Thread(() -> playCatalog(fair, running), "catalog-stand-in");
        catalog.start();
        try {
            warmUp(api, tokens, fair, tea, Integer.getInteger("ocop.bench.warmup", 200), clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<String>> placed = new ArrayList<>();
            long began = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String token = tokens.get(i % tokens.size());
                placed.add(pool.submit(() -> json.readTree(
                                api.place(token, UUID.randomUUID().toString(), OrderApi.pickup(fair, tea, 1))
                                        .body())
                        .get("id")
                        .asString()));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : placed) {
                ids.add(f.get());
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            pool.shutdown();
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> orders.collection()
                                    .countDocuments(Filters.and(
                                            Filters.in("_id", ids), Filters.eq("status", OrderStatus.CONFIRMED.name())))
                            == ids.size());
            List<Long> latencies = new ArrayList<>();
            List<Long> relayLags = new ArrayList<>();
            for (String id : ids) {
                Order order = orders.find(id).orElseThrow();
                relayLags.add(Duration.between(order.placedAt(), seen.get(id)).toMillis());
                Order.Step confirmed = order.timeline().stream()
                        .filter(s -> s.step().equals("CONFIRMED"))
                        .findFirst()
                        .orElseThrow();
                latencies.add(Duration.between(order.placedAt(), confirmed.at()).toMillis());
            }
            latencies.sort(Long::compare);
            relayLags.sort(Long::compare);
            System.out.printf(
                    "order saga: placed → OrderPlaced seen by catalog p50 %d ms, p99 %d ms%n",
                    relayLags.get(relayLags.size() / 2), relayLags.get((int) Math.ceil(relayLags.size() * 0.99) - 1));
            System.out.printf(
                    "order saga: %d orders, %d clients, %.0f orders/s placed; placed → confirmed p50 %d ms, p99 %d ms, max %d ms%n",
                    count,
                    clients,
                    count / seconds,
                    latencies.get(latencies.size() / 2),
                    latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                    latencies.get(latencies.size() - 1));
            assertThat(latencies).hasSize(count);
        } finally {
            running.set(false);
            catalog.join(10_000);
        }
    }

    private void warmUp(OrderApi api, List<String> tokens, String fair, String tea, int n, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = tokens.get(i % tokens.size());
            all.add(pool.submit(() -> api.place(token, UUID.randomUUID().toString(), OrderApi.pickup(fair, tea, 1))));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
    }

    private final Map<String, java.time.Instant> seen = new java.util.concurrent.ConcurrentHashMap<>();

    /** Catalog by its contract: every OrderPlaced of the fair is answered with StockReserved at once. */
    private void playCatalog(String fair, AtomicBoolean running) {
        KafkaTestClient kafka = KafkaTestClient.shared();
        try (var consumer = kafka.newConsumer();
                var producer = new KafkaProducer<String, byte[]>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SharedInfrastructure.endpoints().kafkaBootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        0,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class))) {
            consumer.subscribe(List.of("ocop.orders.v1"));
            while (running.get()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    if (!"vn.ocop.fair.order.OrderPlaced.v1".equals(KafkaTestClient.header(record, "ce_type"))) {
                        continue;
                    }
                    JsonNode placed = json.readTree(new String(record.value(), UTF_8));
                    if (!fair.equals(placed.get("fairId").asString())) {
                        continue;
                    }
                    seen.put(record.key(), java.time.Instant.now());
                    String reply = "{\"orderId\":\"%s\",\"lines\":[],\"occurredAt\":\"%s\"}"
                            .formatted(record.key(), java.time.Instant.now());
                    ProducerRecord<String, byte[]> out =
                            new ProducerRecord<>("ocop.catalog.stock.v1", record.key(), reply.getBytes(UTF_8));
                    out.headers().add("ce_type", "vn.ocop.fair.catalog.StockReserved.v1".getBytes(UTF_8));
                    out.headers().add("ce_id", UUID.randomUUID().toString().getBytes(UTF_8));
                    producer.send(out);
                }
            }
        }
    }
}
