package vn.ocop.fair.notification.events;

import java.util.List;

/** Reads the events of one topic; every handler is idempotent (a redelivered record changes nothing). */
public interface EventHandler {

    enum Topic {
        ORDERS,
        FAIRS,
        STOCK,
        PRODUCTS
    }

    Topic topic();

    void handle(IncomingEvent event);

    /**
     * The events of one poll, in the order of their partition; one by one unless a handler reads
     * and writes them together. Whatever it throws, the records are then handled one by one.
     */
    default void handleAll(List<IncomingEvent> events) {
        events.forEach(this::handle);
    }
}
