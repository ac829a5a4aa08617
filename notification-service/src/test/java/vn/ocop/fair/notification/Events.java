package vn.ocop.fair.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Hands sample events to the service's stream functions directly (the binder's place), with
 * CloudEvents headers, for tests about what is notified rather than about the broker.
 */
public class Events {

    @Autowired
    @Qualifier("orderEvents")
    Consumer<Message<byte[]>> orders;

    @Autowired
    @Qualifier("fairEvents")
    Consumer<Message<byte[]>> fairs;

    @Autowired
    @Qualifier("stockEvents")
    Consumer<Message<byte[]>> stock;

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
        String json = Samples.json(Samples.module(event), event, replacements);
        Map<String, Object> headers = new HashMap<>();
        headers.put("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        headers.put("ce_type", Samples.ceType(event).getBytes(StandardCharsets.UTF_8));
        headers.put("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        Message<byte[]> message = MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .copyHeaders(headers)
                .build();
        switch (Samples.service(event)) {
            case "order" -> orders.accept(message);
            case "catalog" -> (event.startsWith("Product") ? products : stock).accept(message);
            default -> fairs.accept(message);
        }
    }
}
