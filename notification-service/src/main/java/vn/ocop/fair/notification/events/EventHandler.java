package vn.ocop.fair.notification.events;

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
}
