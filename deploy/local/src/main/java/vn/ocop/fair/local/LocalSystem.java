package vn.ocop.fair.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The whole system on the embedded default: a Kafka broker and a MongoDB wire server in this JVM,
 * each service and the gateway in a JVM of its own, isolated by their own ports, databases,
 * properties and consumer groups.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LaunchOptions options;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalInfrastructure infrastructure;
    private LocalMail mail;

    public LocalSystem(LaunchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-launcher.xml");
        LaunchOptions options = LaunchOptions.parse(args);
        LocalSystem system = new LocalSystem(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping OCOP Fair…");
            system.close();
            stopped.countDown();
        }));
        try {
            system.start();
        } catch (Exception e) {
            System.err.println("Start-up failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("Ctrl-C stops everything; the data stays in " + options.dataDir() + " (--fresh wipes it).");
        stopped.await();
    }

    /** Starts everything and returns once every service answers UP. */
    public LocalSystem start() throws Exception {
        long begin = System.nanoTime();
        LaunchOptions.Ports ports = options.ports();
        ports.all().forEach(LocalSystem::requireFree);
        if (options.fresh()) {
            deleteRecursively(options.dataDir());
        }
        Files.createDirectories(options.dataDir().resolve("tmp"));
        System.setProperty("java.io.tmpdir", options.dataDir().resolve("tmp").toString());

        infrastructure = LocalInfrastructure.onDisk(
                        options.dataDir(), ports.kafka(), ports.kafkaController(), ports.mongo())
                .start();
        System.out.printf(
                Locale.ROOT,
                "  %-22s %-4s %-36s %5.1f s%n",
                "kafka (KRaft)",
                "UP",
                infrastructure.kafkaBootstrapServers(),
                seconds(begin));
        System.out.printf(
                Locale.ROOT,
                "  %-22s %-4s %-36s%n",
                "mongodb (wire server)",
                "UP",
                infrastructure.mongoConnectionString());

        boolean defaults = ports.equals(LaunchOptions.Ports.DEFAULT);
        mail = LocalMail.start(
                defaults ? LocalMail.SMTP : FreePorts.next(), defaults ? LocalMail.IMAP : FreePorts.next());
        System.out.printf(
                Locale.ROOT,
                "  %-22s %-4s smtp %d, imap %d (user: the address)%n",
                "mail (GreenMail)",
                "UP",
                mail.smtpPort(),
                mail.imapPort());

        services.addAll(ServiceCatalogue.services(options, infrastructure, mail.smtpPort()));
        List<String> jvmOptions = new ArrayList<>(options.jvmOptions());
        jvmOptions.add("-Djava.io.tmpdir=" + options.dataDir().resolve("tmp"));
        services.parallelStream().forEach(s -> s.start(jvmOptions, options.classData()));
        ExecutorService waiters = Executors.newFixedThreadPool(services.size());
        try {
            List<Future<Double>> ready = new ArrayList<>();
            for (ServiceProcess service : services) {
                ready.add(waiters.submit(() -> {
                    service.awaitHealthy(START_TIMEOUT);
                    return seconds(begin);
                }));
            }
            for (int i = 0; i < services.size(); i++) {
                ServiceProcess service = services.get(i);
                double at = ready.get(i).get();
                System.out.printf(Locale.ROOT, "  %-22s %-4s %-36s %5.1f s%n", service.name(), "UP", service.url(), at);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            close();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            waiters.shutdownNow();
        }
        System.out.printf(
                Locale.ROOT,
                "OCOP Fair is up in %.1f s: gateway %s, logs in %s%n",
                seconds(begin),
                gatewayUrl(),
                options.dataDir().resolve("logs"));
        return this;
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.ports().gateway();
    }

    public String serviceUrl(String name) {
        return service(name).url();
    }

    /** A service's actuator (health, info, prometheus): its management port, on loopback. */
    public String managementUrl(String name) {
        return service(name).managementUrl();
    }

    private ServiceProcess service(String name) {
        return services.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** Where Prometheus scrapes each service: {@code host:port} of its management port, by service name. */
    public java.util.Map<String, String> scrapeTargets() {
        LaunchOptions.Management management = options.ports().management();
        java.util.Map<String, String> targets = new java.util.LinkedHashMap<>();
        targets.put("catalog-service", "127.0.0.1:" + management.catalog());
        targets.put("order-service", "127.0.0.1:" + management.order());
        targets.put("event-service", "127.0.0.1:" + management.event());
        targets.put("notification-service", "127.0.0.1:" + management.notification());
        targets.put("gateway", "127.0.0.1:" + management.gateway());
        return targets;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    @Override
    public synchronized void close() {
        ExecutorService stoppers = Executors.newFixedThreadPool(Math.max(1, services.size()));
        if (services.stream().anyMatch(s -> s.classData().recordingAtExit())) {
            System.out.println("  the services record their class-data archives as they stop (first stop after a"
                    + " build): this takes up to a minute or two, and makes the next start faster");
        }
        services.forEach(s -> stoppers.submit(() -> s.stop(STOP_GRACE)));
        stoppers.shutdown();
        try {
            stoppers.awaitTermination(
                    STOP_GRACE.plus(ServiceProcess.RECORDING_TIME).toSeconds() + 10,
                    java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        services.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
        if (mail != null) {
            mail.close();
            mail = null;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Port " + port + " is in use: is OCOP Fair already running? (ports are listed in README.md)");
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
