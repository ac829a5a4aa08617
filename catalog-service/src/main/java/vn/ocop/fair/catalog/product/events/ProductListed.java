package vn.ocop.fair.catalog.product.events;

import java.time.Instant;

/**
 * A product went on sale.
 *
 * @param version the product's version after the change; consumers keep the highest they saw
 */
public record ProductListed(String productId, long version, Instant occurredAt, ProductSnapshot product)
        implements ProductEvent {

    @Override
    public ProductListed withProducer(String name, String province) {
        return new ProductListed(productId, version, occurredAt, product.withProducer(name, province));
    }
}
