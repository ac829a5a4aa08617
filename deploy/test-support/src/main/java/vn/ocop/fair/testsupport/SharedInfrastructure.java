package vn.ocop.fair.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;
import vn.ocop.fair.local.FreePorts;
import vn.ocop.fair.local.LocalInfrastructure;
import vn.ocop.fair.local.Topics;

/**
 * One Kafka broker and one MongoDB for the whole test JVM, started on first use: Testcontainers
 * ({@code apache/kafka}, {@code mongo}) where Docker answers, the embedded pair (KRaft broker
 * in-process, mongo-java-server over TCP) where it does not. The switch
 * {@code -Docop.test.infrastructure=containers|embedded} (or {@code OCOP_TEST_INFRASTRUCTURE})
 * overrides the choice; which one ran is printed.
 */
public final class SharedInfrastructure {

    static final String SWITCH = "ocop.test.infrastructure";
    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");
    private static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0");

    private static Endpoints endpoints;

    private SharedInfrastructure() {}

    /**
     * Where the shared broker and database listen.
     *
     * @param kind {@code containers} or {@code embedded}
     */
    public record Endpoints(String kind, String kafkaBootstrapServers, String mongoConnectionString) {}

    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            long begin = System.nanoTime();
            endpoints = chooseContainers() ? startContainers() : startEmbedded();
            Topics.createAll(endpoints.kafkaBootstrapServers());
            System.out.printf(
                    Locale.ROOT,
                    "[ocop-test] infrastructure: %s (Kafka %s, MongoDB %s), ready in %.1f s%n",
                    endpoints.kind(),
                    endpoints.kafkaBootstrapServers(),
                    endpoints.mongoConnectionString(),
                    (System.nanoTime() - begin) / 1e9);
        }
        return endpoints;
    }

    private static boolean chooseContainers() {
        String wanted = System.getProperty(SWITCH, System.getenv().getOrDefault("OCOP_TEST_INFRASTRUCTURE", "auto"));
        return switch (wanted.toLowerCase(Locale.ROOT)) {
            case "containers" -> true;
            case "embedded" -> false;
            case "auto" -> {
                boolean docker = DockerClientFactory.instance().isDockerAvailable();
                System.out.println("[ocop-test] Docker "
                        + (docker ? "found: using Testcontainers" : "not found: using the embedded pair"));
                yield docker;
            }
            default ->
                throw new IllegalArgumentException(SWITCH + " must be auto, containers or embedded, not " + wanted);
        };
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Endpoints startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return new Endpoints("containers", kafka.getBootstrapServers(), mongo.getConnectionString());
    }

    private static Endpoints startEmbedded() {
        try {
            Path scratch = Files.createTempDirectory("ocop-test-infra");
            LocalInfrastructure infrastructure = LocalInfrastructure.scratch(
                            scratch, FreePorts.next(), FreePorts.next(), FreePorts.next())
                    .start();
            // the broker's threads are not daemons: stop it when the test JVM ends
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "ocop-test-infra-stop"));
            return new Endpoints(
                    "embedded", infrastructure.kafkaBootstrapServers(), infrastructure.mongoConnectionString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
