package vn.ocop.fair.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Hands sample events to the service's stream functions directly (the binder's place), with
 * CloudEvents headers, for tests about what is notified rather than about the broker.
 */
public class Events {

    @Autowired
    @Qualifier("orderEvents")
    Consumer<Message<Object>> orders;

    @Autowired
    @Qualifier("fairEvents")
    Consumer<Message<Object>> fairs;

    @Autowired
    @Qualifier("stockEvents")
    Consumer<Message<Object>> stock;

    @Autowired
    @Qualifier("productEvents")
    Consumer<Message<byte[]>> products;

    /** Delivers the sample of {@code event} (with replacements) under a new ce_id, which it returns. */
    public String deliver(String event, Map<String, String> replacements) {
        String id = UUID.randomUUID().toString();
        deliver(event, id, replacements);
        return id;
    }

    public void deliver(String event, String ceId, Map<String, String> replacements) {
        if (event.startsWith("Product")) {
            products.accept(MessageBuilder.withPayload(payload(event, replacements))
                    .copyHeaders(headers(event, ceId))
                    .build());
            return;
        }
        deliverBatch(List.of(new Record(event, ceId, replacements))); // a batch of one
    }

    /** One record of a batch: the sample of {@code event} with replacements, under {@code ceId}. */
    public record Record(String event, String ceId, Map<String, String> replacements) {}

    /**
     * Hands records of one topic (orders, fairs or stock) over together, as the binder hands
     * over the records of one poll.
     */
    public void deliverBatch(List<Record> records) {
        List<byte[]> payloads = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Record r : records) {
            payloads.add(payload(r.event(), r.replacements()));
            headers.add(headers(r.event(), r.ceId()));
        }
        Message<Object> batch = MessageBuilder.<Object>withPayload(payloads)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
        String event = records.get(0).event();
        switch (Samples.service(event)) {
            case "order" -> orders.accept(batch);
            case "catalog" -> stock.accept(batch);
            default -> fairs.accept(batch);
        }
    }

    private static byte[] payload(String event, Map<String, String> replacements) {
        return Samples.json(Samples.module(event), event, replacements).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> headers(String event, String ceId) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        headers.put("ce_type", Samples.ceType(event).getBytes(StandardCharsets.UTF_8));
        headers.put("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
