package vn.ocop.fair.catalog.product.events;

import java.time.Instant;

/**
 * What catalog-service tells others about products, on {@code ocop.catalog.products.v1} keyed by
 * product id. Each event carries the full product snapshot, so the compacted topic rebuilds any
 * consumer's read model; {@code version} orders them.
 */
public sealed interface ProductEvent permits ProductListed, ProductUpdated, ProductDelisted {

    String TOPIC = "ocop.catalog.products.v1";

    String productId();

    long version();

    Instant occurredAt();

    ProductSnapshot product();

    /** The CloudEvents type: {@code vn.ocop.fair.catalog.<EventName>.v1}. */
    default String cloudEventType() {
        return "vn.ocop.fair.catalog." + getClass().getSimpleName() + ".v1";
    }
}
