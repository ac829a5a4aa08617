package vn.ocop.fair.local;

import java.nio.file.Path;

/** The embedded pair every service connects to: one Kafka broker and one MongoDB wire server. */
public final class LocalInfrastructure implements AutoCloseable {

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongoServer mongo;

    private LocalInfrastructure(EmbeddedKafkaBroker kafka, EmbeddedMongoServer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /** Keeps broker logs and MongoDB data under {@code dataDir}, so a restart keeps everything. */
    public static LocalInfrastructure onDisk(Path dataDir, int kafkaPort, int controllerPort, int mongoPort) {
        return new LocalInfrastructure(
                new EmbeddedKafkaBroker(kafkaPort, controllerPort, dataDir.resolve("kafka")),
                EmbeddedMongoServer.onDisk(mongoPort, dataDir.resolve("mongo").resolve("ocop.mv")));
    }

    /** Broker logs in a scratch folder and MongoDB in memory: what tests use. */
    public static LocalInfrastructure scratch(Path scratchDir, int kafkaPort, int controllerPort, int mongoPort) {
        return new LocalInfrastructure(
                new EmbeddedKafkaBroker(kafkaPort, controllerPort, scratchDir.resolve("kafka")),
                EmbeddedMongoServer.inMemory(mongoPort));
    }

    public LocalInfrastructure start() {
        mongo.start();
        kafka.start();
        Topics.createAll(kafka.bootstrapServers());
        return this;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    /** Stops the broker (whose threads would keep the JVM alive) and the wire server. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
