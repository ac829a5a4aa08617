package vn.ocop.fair.notification.feed;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Events streams, per recipient: a stored in-app message is pushed to every
 * stream its recipient has open; every stream gets a heartbeat comment so proxies keep it open.
 * Pushes are written by a thread of their own, so a slow client never holds up the consumer that
 * stored the message; when that thread is too far behind, a push is dropped (the message is in
 * the feed all the same).
 */
@Component
public class LiveFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final int BACKLOG = 10_000;

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pushes =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(BACKLOG), r -> {
                Thread thread = new Thread(r, "live-feed-push");
                thread.setDaemon(true);
                return thread;
            });

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

    /** Pushes a stored in-app message to its recipient's open streams, soon, on the push thread. */
    public void push(String recipient, FeedItem item) {
        if (!streams.containsKey(recipient)) {
            return;
        }
        try {
            pushes.execute(() -> {
                for (SseEmitter emitter : streams.getOrDefault(recipient, Set.of())) {
                    send(
                            recipient,
                            emitter,
                            SseEmitter.event()
                                    .id(item.id())
                                    .name("notification")
                                    .data(item, MediaType.APPLICATION_JSON));
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Live push to {} dropped: {} pushes waiting", recipient, BACKLOG);
        }
    }

    @Override
    public void destroy() {
        pushes.shutdownNow();
    }

    @Scheduled(fixedDelayString = "${ocop.notification.heartbeat}")
    void heartbeat() {
        try {
            pushes.execute(() -> streams.forEach((recipient, emitters) ->
                    emitters.forEach(e -> send(recipient, e, SseEmitter.event().comment("heartbeat")))));
        } catch (RejectedExecutionException e) {
            log.debug("Heartbeat skipped: {} pushes waiting", BACKLOG);
        }
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
            try {
                emitter.completeWithError(e);
            } catch (IllegalStateException closedByTheContainer) {
                // the container ended the request first (the client went away): nothing is left to close,
                // and the exception must not escape into the push thread
                log.debug("Stream of {} was already closed", recipient);
            }
        }
    }
}
