package vn.ocop.fair.notification.notification;

/** How a notification reaches its recipient. */
public enum Channel {
    EMAIL,
    WEBHOOK,
    IN_APP
}
