package vn.ocop.fair.catalog.product.events;

import java.time.Instant;

/**
 * What catalog-service tells others about products, on {@code ocop.catalog.products.v1} keyed by
 * product id. Each event carries the full product snapshot, so the compacted topic rebuilds any
 * consumer's read model; {@code version} orders them.
 */
public sealed interface ProductEvent extends CatalogEvent permits ProductListed, ProductUpdated, ProductDelisted {

    String TOPIC = "ocop.catalog.products.v1";

    String productId();

    long version();

    @Override
    Instant occurredAt();

    ProductSnapshot product();

    /** This event with the producer's name and province in its snapshot. */
    ProductEvent withProducer(String name, String province);

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String key() {
        return productId();
    }
}
