package vn.ocop.fair.catalog.product.events;

import java.time.Instant;

/**
 * A product was withdrawn from sale.
 *
 * @param reason why, in words for people (e.g. the certificate lapsed)
 */
public record ProductDelisted(
        String productId, long version, Instant occurredAt, ProductSnapshot product, String reason)
        implements ProductEvent {

    @Override
    public ProductDelisted withProducer(String name, String province) {
        return new ProductDelisted(productId, version, occurredAt, product.withProducer(name, province), reason);
    }
}
