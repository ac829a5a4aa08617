package vn.ocop.fair.catalog.product.events;

import java.time.Instant;

/**
 * An event a product raises, and where the outbox relay publishes it: the product events on the
 * compacted products topic, {@link CertificateExpiring} beside the stock events.
 */
public sealed interface CatalogEvent permits ProductEvent, CertificateExpiring {

    /** The Kafka topic it goes to. */
    String topic();

    /** The Kafka key: the product id, so one product's events stay in order. */
    String key();

    Instant occurredAt();

    /** The CloudEvents type: {@code vn.ocop.fair.catalog.<EventName>.v1}. */
    default String cloudEventType() {
        return "vn.ocop.fair.catalog." + getClass().getSimpleName() + ".v1";
    }
}
