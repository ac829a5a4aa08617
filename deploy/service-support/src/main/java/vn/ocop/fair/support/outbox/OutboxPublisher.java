package vn.ocop.fair.support.outbox;

/** Publishes one outbox entry and returns only once the broker has acknowledged it. */
@FunctionalInterface
public interface OutboxPublisher {

    void publish(OutboxEntry entry) throws Exception;
}
