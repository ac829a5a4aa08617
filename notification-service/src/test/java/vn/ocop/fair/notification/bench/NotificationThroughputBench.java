package vn.ocop.fair.notification.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.fair.notification.Samples;
import vn.ocop.fair.notification.TestMail;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.preference.Preference;
import vn.ocop.fair.notification.preference.Preferences;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * A repeatable load, not part of the suite (the name does not end in Test): the service with its
 * production settings on the embedded pair (stored on disk as run.sh does, unless {@code
 * -Dbench.store=memory}), e-mailing a GreenMail, each producer's live stream open. It publishes OrderPlaced then OrderConfirmed of
 * fresh orders (the producers' samples with new ids, two producers per order, each producer with an
 * e-mail address) to {@code ocop.orders.v1} at a fixed rate (open loop: the rate does not drop when
 * the service falls behind), after a warm-up, and prints stored/s, sent/s, the consumer lag and the
 * time the backlog takes to drain once the burst ends. Each order makes 3 in-app messages and 3
 * e-mails (2 producers' order-received, the customer's order-confirmed).
 *
 * <pre>
 * ./mvnw -q -o -pl notification-service -am verify -Dtest=NotificationThroughputBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
 *     [-Dbench.orders=3000] [-Dbench.rate=300] [-Dbench.warmup=600] [-Dbench.store=h2|memory] \
 *     [-Dbench.jfr=/tmp/notification.jfr]
 * </pre>
 *
 * {@code bench.rate} is in events per second (two events per order); {@code bench.jfr} records
 * the measured burst and its drain with JFR's profiling settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchInfrastructure.class)
class NotificationThroughputBench {

    private static final String GROUP = "notification-service";
    private static final String TOPIC = "ocop.orders.v1";
    private static final int PRODUCERS = 20;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    Preferences preferences;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> producers = new ArrayList<>();
    private final Map<String, String> samples = new HashMap<>();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    @Test
    void publishAburstAndWatchItDrain() throws Exception {
        int orders = Integer.getInteger("bench.orders", 3000);
        int rate = Integer.getInteger("bench.rate", 300);
        int warmup = Integer.getInteger("bench.warmup", 600);
        String jfr = System.getProperty("bench.jfr");
        for (int i = 0; i < PRODUCERS; i++) {
            String producer = "bench-" + run + "-" + i;
            producers.add(producer);
            preferences.save(
                    "producer:" + producer,
                    new Preference(
                            producer + "@bench.local",
                            "vi",
                            Set.of(Channel.IN_APP, Channel.EMAIL),
                            LocalTime.MIDNIGHT, // no quiet hours: order-received is not urgent
                            LocalTime.MIDNIGHT));
            openStream(producer);
        }
        System.out.printf(
                Locale.ROOT,
                "[bench] notification-service, store %s, pid %d, %d orders at %d events/s after %d warm-up orders%n",
                BenchInfrastructure.store(),
                ProcessHandle.current().pid(),
                orders,
                rate,
                warmup);
        String bootstrap = BenchInfrastructure.get().kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        2))) {
            if (warmup > 0) {
                burst("warm-up", warmup, rate, producer, admin, 0, false);
            }
            Recording recording = null;
            if (jfr != null) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            burst("burst", orders, rate, producer, admin, warmup, true);
            if (recording != null) {
                recording.dump(Path.of(jfr));
                recording.close();
                System.out.println("[bench] JFR recording: " + jfr);
            }
        }
    }

    /** Publishes {@code orders} orders' two events at {@code rate} events/s and waits until all is stored and sent. */
    private void burst(
            String name,
            int orders,
            int rate,
            KafkaProducer<String, byte[]> producer,
            Admin admin,
            int offset,
            boolean print)
            throws Exception {
        Figures before = figures(admin);
        Map<Channel, double[]> latencyBefore = new HashMap<>();
        for (Channel channel : List.of(Channel.IN_APP, Channel.EMAIL)) {
            Timer latency = latency(channel);
            latencyBefore.put(channel, new double[] {latency.count(), latency.totalTime(TimeUnit.SECONDS)});
        }
        long cpuBefore = cpuNanos();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long events = 2L * orders;
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long lastPrint = start;
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < orders; i++) {
            String order = UUID.randomUUID().toString();
            Map<String, String> ids = Map.of(
                    Samples.ORDER_ID,
                    order,
                    Samples.CUSTOMER,
                    "bench-customer-" + run + "-" + (offset + i),
                    "htx-lua-van-phuc",
                    producers.get((offset + i) % PRODUCERS),
                    "htx-che-ba-vi",
                    producers.get((offset + i + 1) % PRODUCERS));
            for (String event : List.of("OrderPlaced", "OrderConfirmed")) {
                long due = start + (2L * i + ("OrderPlaced".equals(event) ? 0 : 1)) * periodNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                producer.send(record(event, order, ids), (meta, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                    acked.incrementAndGet();
                });
            }
            if (print && System.nanoTime() - lastPrint >= TimeUnit.SECONDS.toNanos(2)) {
                lastPrint = System.nanoTime();
                progress(name, start, figures(admin), before);
            }
        }
        producer.flush();
        if (failure.get() != null) {
            throw failure.get();
        }
        long burstEnd = System.nanoTime();
        Figures atEnd = figures(admin);
        long wantedInApp = before.inAppStored + 3L * orders;
        long wantedEmails = before.emailsSent + 3L * orders;
        long deadline = burstEnd + TimeUnit.MINUTES.toNanos(Long.getLong("bench.timeoutMinutes", 15));
        Figures now = atEnd;
        long maxLag = atEnd.lag;
        while ((now.lag > 0 || now.inAppStored < wantedInApp || now.emailsSent < wantedEmails)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = figures(admin);
            maxLag = Math.max(maxLag, now.lag);
            if (print && System.nanoTime() - lastPrint >= TimeUnit.SECONDS.toNanos(2)) {
                lastPrint = System.nanoTime();
                progress(name, start, now, before);
            }
        }
        long drained = System.nanoTime();
        double burstSeconds = (burstEnd - start) / 1e9;
        double totalSeconds = (drained - start) / 1e9;
        if (!print) {
            System.out.printf(Locale.ROOT, "[bench] %s: %d orders done in %.1f s%n", name, orders, totalSeconds);
            return;
        }
        progress(name, start, now, before);
        System.out.printf(
                Locale.ROOT,
                "[bench] offered %d events in %.1f s = %.0f events/s (%d orders)%n",
                events,
                burstSeconds,
                events / burstSeconds,
                orders);
        System.out.printf(
                Locale.ROOT,
                "[bench] at burst end: consumer lag %d records, in-app stored %d/%d, e-mails stored %d, sent %d/%d%n",
                atEnd.lag,
                atEnd.inAppStored - before.inAppStored,
                3L * orders,
                atEnd.emailsStored - before.emailsStored,
                atEnd.emailsSent - before.emailsSent,
                3L * orders);
        System.out.printf(
                Locale.ROOT,
                "[bench] during the burst: stored %.0f/s (in-app + e-mail), e-mails sent %.0f/s; max lag %d%n",
                (atEnd.inAppStored + atEnd.emailsStored - before.inAppStored - before.emailsStored) / burstSeconds,
                (atEnd.emailsSent - before.emailsSent) / burstSeconds,
                maxLag);
        System.out.printf(
                Locale.ROOT,
                "[bench] overall: stored %.0f/s, e-mails sent %.0f/s; drained %.1f s after the burst ended%s%n",
                (now.inAppStored + now.emailsStored - before.inAppStored - before.emailsStored) / totalSeconds,
                (now.emailsSent - before.emailsSent) / totalSeconds,
                (drained - burstEnd) / 1e9,
                now.lag > 0 || now.inAppStored < wantedInApp || now.emailsSent < wantedEmails
                        ? " — NOT DRAINED (timed out)"
                        : "");
        for (Channel channel : List.of(Channel.IN_APP, Channel.EMAIL)) {
            Timer latency = latency(channel);
            double[] at = latencyBefore.get(channel);
            long count = latency.count() - (long) at[0];
            System.out.printf(
                    Locale.ROOT,
                    "[bench] event (ce_time) → sent, %s, this burst: mean %.2f s over %d; max %.2f s%n",
                    channel,
                    count == 0 ? 0 : (latency.totalTime(TimeUnit.SECONDS) - at[1]) / count,
                    count,
                    latency.max(TimeUnit.SECONDS));
        }
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "[bench] CPU of this JVM (service, broker, wire server, GreenMail, bench) from burst start to drained:"
                        + " %.1f s = %.1f ms per order event; machine load average %.1f → %.1f (%d cores)%n",
                cpu,
                cpu * 1000 / events,
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "[bench] e-mails in GreenMail: %d%n",
                TestMail.server().getReceivedMessages().length);
    }

    private Timer latency(Channel channel) {
        return Timer.builder("ocop.notification.delivery.latency")
                .tag("channel", channel.name())
                .publishPercentileHistogram()
                .register(metrics);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void progress(String name, long start, Figures now, Figures before) {
        System.out.printf(
                Locale.ROOT,
                "[bench] %s t=%5.1f s  lag %6d  in-app %7d  e-mails stored %7d  sent %7d%n",
                name,
                (System.nanoTime() - start) / 1e9,
                now.lag,
                now.inAppStored - before.inAppStored,
                now.emailsStored - before.emailsStored,
                now.emailsSent - before.emailsSent);
    }

    private ProducerRecord<String, byte[]> record(String event, String order, Map<String, String> ids) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                TOPIC, order, Samples.json("order-service", event, ids).getBytes(UTF_8));
        Map.of(
                        "ce_id",
                        UUID.randomUUID().toString(),
                        "ce_type",
                        Samples.ceType(event),
                        "ce_source",
                        "/order-service",
                        "ce_specversion",
                        "1.0",
                        "ce_time",
                        Instant.now().toString(),
                        "content-type",
                        "application/json")
                .forEach((k, v) -> record.headers().add(k, v.getBytes(UTF_8)));
        return record;
    }

    private record Figures(long lag, long inAppStored, long emailsStored, long emailsSent) {}

    private Figures figures(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .filter(tp -> tp.topic().equals(TOPIC))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return new Figures(
                lag, count(Channel.IN_APP, "created"), count(Channel.EMAIL, "created"), count(Channel.EMAIL, "sent"));
    }

    private long count(Channel channel, String outcome) {
        return (long)
                metrics
                        .find("ocop.notifications")
                        .tag("channel", channel.name())
                        .tag("outcome", outcome)
                        .counters()
                        .stream()
                        .mapToDouble(Counter::count)
                        .sum();
    }

    /** A producer's live stream, read until the JVM ends (as a browser tab would). */
    private void openStream(String producer) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/notifications/stream?access_token="
                        + TestTokens.shared().producer(producer)))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), UTF_8))) {
                while (in.readLine() != null) {
                    // a browser would show it
                }
            } catch (Exception e) {
                // the JVM ends
            }
        });
        reader.setDaemon(true);
        reader.start();
    }
}
