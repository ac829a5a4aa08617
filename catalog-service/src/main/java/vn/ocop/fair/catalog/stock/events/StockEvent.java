package vn.ocop.fair.catalog.stock.events;

import java.time.Instant;

/**
 * An event on {@code ocop.catalog.stock.v1}. The reservation outcomes are keyed by order id, so one
 * order's events stay in order; {@link StockLow} is about a product and keyed by its id.
 */
public sealed interface StockEvent
        permits StockReserved, StockReservationRejected, StockReleased, StockCommitted, StockLow {

    String TOPIC = "ocop.catalog.stock.v1";

    /** The Kafka key (and CloudEvents subject). */
    String aggregateId();

    Instant occurredAt();

    /** The CloudEvents type: {@code vn.ocop.fair.catalog.<EventName>.v1}. */
    default String cloudEventType() {
        return "vn.ocop.fair.catalog." + getClass().getSimpleName() + ".v1";
    }
}
