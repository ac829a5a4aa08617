package vn.ocop.fair.local;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The topics the services talk through, with their retention (deploy/ARCHITECTURE.md, "Topics").
 * Their names are part of the contract; the local stack and the tests create them the same way the
 * deployment does.
 */
public final class Topics {

    public static final String CATALOG_PRODUCTS = "ocop.catalog.products.v1";
    public static final String CATALOG_STOCK = "ocop.catalog.stock.v1";
    public static final String ORDERS = "ocop.orders.v1";
    public static final String FAIRS = "ocop.fairs.v1";

    private static final int PARTITIONS = 3;
    private static final String SEVEN_DAYS = String.valueOf(7L * 24 * 3600 * 1000);
    private static final String FOURTEEN_DAYS = String.valueOf(14L * 24 * 3600 * 1000);

    private Topics() {}

    public static List<NewTopic> all() {
        return List.of(
                compacted(CATALOG_PRODUCTS),
                timed(CATALOG_STOCK, SEVEN_DAYS),
                timed(ORDERS, SEVEN_DAYS),
                kept(FAIRS),
                timed(deadLetters(CATALOG_PRODUCTS, "order-service"), FOURTEEN_DAYS),
                timed(deadLetters(CATALOG_PRODUCTS, "event-service"), FOURTEEN_DAYS),
                timed(deadLetters(CATALOG_STOCK, "order-service"), FOURTEEN_DAYS),
                timed(deadLetters(CATALOG_STOCK, "notification-service"), FOURTEEN_DAYS),
                timed(deadLetters(ORDERS, "catalog-service"), FOURTEEN_DAYS),
                timed(deadLetters(ORDERS, "notification-service"), FOURTEEN_DAYS),
                timed(deadLetters(FAIRS, "catalog-service"), FOURTEEN_DAYS),
                timed(deadLetters(FAIRS, "order-service"), FOURTEEN_DAYS),
                timed(deadLetters(FAIRS, "notification-service"), FOURTEEN_DAYS));
    }

    /** Creates the topics that do not exist yet on any broker; existing ones are left as they are. */
    public static void createAll(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (NewTopic topic : all()) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic creation on " + bootstrapServers + " timed out", e);
        }
    }

    /** The binder's dead-letter topic for records of {@code topic} that {@code group} could not handle. */
    public static String deadLetters(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    private static NewTopic compacted(String name) {
        return new NewTopic(name, PARTITIONS, (short) 1).configs(Map.of("cleanup.policy", "compact"));
    }

    /**
     * Every event kept for good. Compacting the fairs topic by fair id would keep only each fair's
     * last event and lose its booth assignments and promotions on a replay; a fair has tens to
     * hundreds of events in its life, so keeping them all is cheap.
     */
    private static NewTopic kept(String name) {
        return new NewTopic(name, PARTITIONS, (short) 1)
                .configs(Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
    }

    private static NewTopic timed(String name, String retentionMs) {
        return new NewTopic(name, PARTITIONS, (short) 1)
                .configs(Map.of("cleanup.policy", "delete", "retention.ms", retentionMs));
    }

    /** A client writing text records (keys and values as strings) to a broker, for checks and tests. */
    public static KafkaProducer<String, String> textProducer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** A client of consumer group {@code group} reading text records from the earliest offset, for checks and tests. */
    public static KafkaConsumer<String, String> textConsumer(String bootstrapServers, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
    }
}
