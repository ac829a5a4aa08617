package vn.ocop.fair.notification.notification;

import java.util.Locale;

/**
 * Every kind of message, each with a template per language ({@code templates/notifications/<template>.<lang>.mustache}).
 * Urgent ones are e-mailed even in the recipient's quiet hours.
 */
public enum NotificationType {
    // customers
    ORDER_CONFIRMED(true),
    ORDER_REJECTED(true),
    ORDER_CANCELLED(false),
    ORDER_EXPIRED(true),
    ORDER_PAID(false),
    ORDER_READY_FOR_PICKUP(false),
    FAIR_PUBLISHED(false),
    FAIR_OPENS_TOMORROW(false),
    FAIR_OPENED(false),
    FAIR_CANCELLED(false),
    FLASH_DEAL_STARTED(true),
    // producers
    ORDER_RECEIVED(false),
    APPLICATION_APPROVED(false),
    APPLICATION_REJECTED(false),
    APPLICATION_WAITLISTED(false),
    BOOTH_ASSIGNED(false),
    BOOTH_RELEASED(false),
    STOCK_LOW(false),
    CERTIFICATE_EXPIRING(false),
    // organisers
    APPLICATION_RECEIVED(false),
    FAIR_OPENED_SUMMARY(false),
    FAIR_CLOSED_SUMMARY(false);

    private final boolean urgent;

    NotificationType(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }

    /** The template's file name without language and extension, e.g. {@code order-confirmed}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
