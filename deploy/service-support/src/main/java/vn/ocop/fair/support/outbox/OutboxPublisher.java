package vn.ocop.fair.support.outbox;

import java.util.concurrent.CompletableFuture;

/** Publishes one outbox entry and returns only once the broker has acknowledged it. */
@FunctionalInterface
public interface OutboxPublisher {

    /** Publishes the event and returns once the broker acknowledged it. */
    void publish(OutboxEntry entry) throws Exception;

    /**
     * Sends the event and completes when the broker acknowledged it (or failed to), so a relay can
     * have many events in flight. By default it publishes before returning.
     */
    default CompletableFuture<Void> publishAsync(OutboxEntry entry) {
        try {
            publish(entry);
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
