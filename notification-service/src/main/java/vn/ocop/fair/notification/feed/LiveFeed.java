package vn.ocop.fair.notification.feed;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Events streams, per recipient: a stored in-app message is pushed to every
 * stream its recipient has open; every stream gets a heartbeat comment so proxies keep it open.
 */
@Component
public class LiveFeed {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    SseEmitter open(String recipient) {
        SseEmitter emitter = new SseEmitter(0L); // no server-side timeout: the client or a dead connection ends it
        Set<SseEmitter> mine = streams.computeIfAbsent(recipient, r -> new CopyOnWriteArraySet<>());
        mine.add(emitter);
        Runnable remove = () -> mine.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(recipient, emitter, SseEmitter.event().comment("connected"));
        return emitter;
    }

    public void push(String recipient, FeedItem item) {
        for (SseEmitter emitter : streams.getOrDefault(recipient, Set.of())) {
            send(
                    recipient,
                    emitter,
                    SseEmitter.event().id(item.id()).name("notification").data(item, MediaType.APPLICATION_JSON));
        }
    }

    @Scheduled(fixedDelayString = "${ocop.notification.heartbeat}")
    void heartbeat() {
        streams.forEach((recipient, emitters) ->
                emitters.forEach(e -> send(recipient, e, SseEmitter.event().comment("heartbeat"))));
    }

    int openStreams(String recipient) {
        return streams.getOrDefault(recipient, Set.of()).size();
    }

    private void send(String recipient, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("Stream of {} closed: {}", recipient, e.getMessage());
            streams.getOrDefault(recipient, Set.of()).remove(emitter);
            emitter.completeWithError(e);
        }
    }
}
