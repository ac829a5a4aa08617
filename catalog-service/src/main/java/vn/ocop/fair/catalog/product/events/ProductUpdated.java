package vn.ocop.fair.catalog.product.events;

import java.time.Instant;

/** What a producer says about a listed or delisted product changed: name, price, certificate… */
public record ProductUpdated(String productId, long version, Instant occurredAt, ProductSnapshot product)
        implements ProductEvent {

    @Override
    public ProductUpdated withProducer(String name, String province) {
        return new ProductUpdated(productId, version, occurredAt, product.withProducer(name, province));
    }
}
