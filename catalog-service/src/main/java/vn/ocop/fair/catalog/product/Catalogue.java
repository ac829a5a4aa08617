package vn.ocop.fair.catalog.product;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.access.Actor;
import vn.ocop.fair.catalog.access.NotYourProducer;
import vn.ocop.fair.support.outbox.OutboxRelay;

/** What the catalogue does for its users; the rules themselves live in {@link Product}. */
@Service
public class Catalogue {

    private final Products products;
    private final OutboxRelay relay;
    private final Clock clock;

    Catalogue(Products products, OutboxRelay relay, Clock clock) {
        this.products = products;
        this.relay = relay;
        this.clock = clock;
    }

    public Product list(ProductDetails details, Actor actor) {
        if (!actor.mayManageProductsOf(details.producerId())) {
            throw new NotYourProducer(actor, details.producerId());
        }
        Product product = Product.list(details, clock.instant());
        products.add(product);
        relay.wake();
        return product;
    }

    public Product get(ProductId id) {
        return products.find(id).orElseThrow(() -> new ProductNotFound(id));
    }

    public ProductPage page(int page, int size) {
        return new ProductPage(products.page(page, size), page, size, products.count());
    }

    public boolean isEmpty() {
        return products.count() == 0;
    }

    public record ProductPage(List<Product> items, int page, int size, long total) {}
}
