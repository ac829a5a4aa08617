package vn.ocop.fair.event.product;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.CloudEventHeaders;

/** Turns one record of {@code ocop.catalog.products.v1} into a change of the read model. */
@Component
class ProductEventHandler {

    private static final Logger log = LoggerFactory.getLogger(ProductEventHandler.class);
    static final Set<String> SNAPSHOT_TYPES = Set.of(
            "vn.ocop.fair.catalog.ProductListed.v1",
            "vn.ocop.fair.catalog.ProductUpdated.v1",
            "vn.ocop.fair.catalog.ProductDelisted.v1");

    private final CatalogProducts products;
    private final JsonMapper json;

    ProductEventHandler(CatalogProducts products, JsonMapper json) {
        this.products = products;
        this.json = json;
    }

    void handle(Map<String, Object> headers, byte[] payload) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new MalformedProductEvent("record without a CloudEvents type (ce_type header)"));
        if (!SNAPSHOT_TYPES.contains(type)) {
            log.debug("Ignoring {}: not a type event-service reads", type);
            return;
        }
        CatalogProduct product = read(payload).toCatalogProduct();
        boolean changed = products.apply(product);
        log.debug("{} {} v{}: {}", type, product.productId(), product.version(), changed ? "applied" : "already known");
    }

    private ProductEventCopy read(byte[] payload) {
        try {
            return json.readValue(payload, ProductEventCopy.class);
        } catch (JacksonException e) {
            throw new MalformedProductEvent("unreadable product event: " + e.getOriginalMessage(), e);
        }
    }
}
