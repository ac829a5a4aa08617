package vn.ocop.fair.notification.delivery;

import org.bson.Document;
import vn.ocop.fair.notification.notification.Channel;

/** Sends one stored notification over its channel. */
public interface Sender {

    Channel channel();

    /**
     * Whether the endpoint may take one more call now; a sender that says yes must be given the
     * call (then {@link #send}, which gives the permission back when done) or told it was not made
     * ({@link #release}).
     */
    default boolean admit(Document notification) {
        return true;
    }

    default void release(Document notification) {}

    Outcome send(Document notification);
}
