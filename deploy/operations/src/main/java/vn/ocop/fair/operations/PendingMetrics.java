package vn.ocop.fair.operations;

import java.util.Set;

/** Metric names the dashboards and rules use that another branch brings. */
public final class PendingMetrics {

    /**
     * Agreed with the helpers rewriting order-service, event-service and notification-service; absent
     * on the deploy branch. THE INTEGRATOR EMPTIES THIS SET AT MERGE (and renames a metric here and in
     * the dashboards or rules if a service named it differently, e.g. the order value counter): from
     * then on every name the dashboards and rules query must be exposed by the running services.
     */
    public static final Set<String> PENDING_FROM_OTHER_BRANCHES = Set.of(
            // event-service
            "ocop_fairs",
            "ocop_fair_booths",
            "ocop_fair_applications",
            "ocop_fair_waitlist",
            // order-service
            "ocop_orders_total",
            "ocop_order_value_vnd_total",
            "ocop_saga_latency_seconds_bucket",
            "ocop_orders_idempotent_replays_total",
            "ocop_order_units_total",
            "ocop_flash_deal_units_left",
            // notification-service
            "ocop_notifications_total",
            "ocop_notification_delivery_latency_seconds_bucket",
            "ocop_notifications_pending");

    private PendingMetrics() {}
}
