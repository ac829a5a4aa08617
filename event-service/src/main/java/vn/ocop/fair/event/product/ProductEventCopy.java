package vn.ocop.fair.event.product;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * event-service's trimmed copy of catalog's product events ({@code ProductListed},
 * {@code ProductUpdated}, {@code ProductDelisted}: all carry the same snapshot). Fields it does
 * not read are ignored, so catalog may add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductEventCopy(String productId, Long version, Instant occurredAt, Snapshot product) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(
            String name,
            Integer stars,
            String producerId,
            String producerName,
            String producerProvince,
            String status,
            Certificate certificate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Certificate(LocalDate expiresOn) {}

    /** The read-model entry this event leaves, or why the event cannot be used. */
    CatalogProduct toCatalogProduct() {
        if (productId == null || productId.isBlank() || version == null || product == null) {
            throw new UnreadableEvent("a product event needs productId, version and product");
        }
        if (product.name() == null || product.stars() == null || product.status() == null) {
            throw new UnreadableEvent("the product snapshot of " + productId + " needs name, stars and status");
        }
        return new CatalogProduct(
                productId,
                version,
                product.name(),
                product.producerId(),
                product.producerName(),
                product.producerProvince(),
                product.stars(),
                product.status(),
                product.certificate() == null ? null : product.certificate().expiresOn(),
                occurredAt);
    }
}
