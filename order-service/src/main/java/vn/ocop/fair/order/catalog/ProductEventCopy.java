package vn.ocop.fair.order.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * order-service's trimmed copy of catalog's product events ({@code ProductListed},
 * {@code ProductUpdated}, {@code ProductDelisted}: all carry the same snapshot). Fields it does
 * not read are ignored, so catalog may add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductEventCopy(String productId, Long version, Instant occurredAt, Snapshot product) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(String name, Long priceVnd, String unit, String producerId, String status, String group) {}

    /** The read-model entry this event leaves, or why the event cannot be used. */
    CatalogProduct toCatalogProduct() {
        if (productId == null || productId.isBlank() || version == null || product == null) {
            throw new UnreadableEvent("a product event needs productId, version and product");
        }
        if (product.name() == null || product.priceVnd() == null || product.status() == null) {
            throw new UnreadableEvent("the product snapshot of " + productId + " needs name, priceVnd and status");
        }
        return new CatalogProduct(
                productId,
                version,
                product.name(),
                product.priceVnd(),
                product.unit(),
                product.producerId(),
                product.status(),
                product.group(),
                occurredAt);
    }
}
