package vn.ocop.fair.notification.notification;

import org.springframework.security.oauth2.jwt.Jwt;
import vn.ocop.fair.support.security.Caller;

/**
 * Recipient keys are namespaced: {@code customer:<sub>}, {@code producer:<producer_id>} (every user
 * of a producer shares its feed), {@code organisers} (one feed shared by every organiser),
 * {@code operator:<sub>}, and {@code webhook:<id>} for a webhook's deliveries.
 */
public final class Recipients {

    public static final String ORGANISERS = "organisers";

    private Recipients() {}

    public static String customer(String customerId) {
        return "customer:" + customerId;
    }

    public static String producer(String producerId) {
        return "producer:" + producerId;
    }

    public static String webhook(String webhookId) {
        return "webhook:" + webhookId;
    }

    /** Whose feed and preferences a caller's token stands for. */
    public static String of(Jwt token) {
        Caller caller = Caller.of(token);
        if (caller.isOrganiser()) {
            return ORGANISERS;
        }
        String producerId = caller.producerId();
        if (caller.isProducer() && producerId != null && !producerId.isBlank()) {
            return producer(producerId);
        }
        if (caller.isCustomer()) {
            return customer(caller.subject());
        }
        return "operator:" + caller.subject();
    }
}
