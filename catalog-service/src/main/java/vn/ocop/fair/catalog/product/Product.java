package vn.ocop.fair.catalog.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.fair.catalog.product.events.ProductEvent;
import vn.ocop.fair.catalog.product.events.ProductListed;
import vn.ocop.fair.catalog.product.events.ProductSnapshot;

/**
 * An OCOP product in the catalogue. Every state change raises an event, kept with the product until
 * the outbox relay has published it.
 */
public final class Product {

    static final int MIN_CERTIFIED_STARS = 3;
    static final int MAX_STARS = 5;

    private final ProductId id;
    private final long version;
    private final ProductDetails details;
    private final ProductStatus status;
    private final Instant listedAt;
    private final List<ProductEvent> raised;

    Product(ProductId id, long version, ProductDetails details, ProductStatus status, Instant listedAt) {
        this(id, version, details, status, listedAt, List.of());
    }

    private Product(
            ProductId id,
            long version,
            ProductDetails details,
            ProductStatus status,
            Instant listedAt,
            List<ProductEvent> raised) {
        this.id = id;
        this.version = version;
        this.details = details;
        this.status = status;
        this.listedAt = listedAt;
        this.raised = List.copyOf(raised);
    }

    /** Lists a certified product for sale; raises {@link ProductListed}. */
    static Product list(ProductDetails details, Instant now) {
        if (details.stars() < MIN_CERTIFIED_STARS || details.stars() > MAX_STARS) {
            throw new NotOcopCertified(details.stars());
        }
        Product listed = new Product(ProductId.next(), 1, details, ProductStatus.LISTED, now);
        return listed.raising(new ProductListed(listed.id.value(), listed.version, now, listed.snapshot()));
    }

    private Product raising(ProductEvent event) {
        List<ProductEvent> events = new ArrayList<>(raised);
        events.add(event);
        return new Product(id, version, details, status, listedAt, events);
    }

    public ProductSnapshot snapshot() {
        return new ProductSnapshot(
                details.name(),
                details.description(),
                details.group().name(),
                details.stars(),
                details.priceVnd(),
                details.unit(),
                details.producerId(),
                status.name());
    }

    public ProductId id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProductDetails details() {
        return details;
    }

    public ProductStatus status() {
        return status;
    }

    public Instant listedAt() {
        return listedAt;
    }

    /** Events raised by the change that produced this state, not yet stored. */
    List<ProductEvent> raisedEvents() {
        return raised;
    }
}
