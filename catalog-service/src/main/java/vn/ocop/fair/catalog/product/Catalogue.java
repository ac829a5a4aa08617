package vn.ocop.fair.catalog.product;

import static vn.ocop.fair.catalog.access.ProductRights.requireMayManageProductsOf;

import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.access.ProductRights;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.Producers;
import vn.ocop.fair.catalog.producer.UnknownProducer;
import vn.ocop.fair.catalog.product.events.CatalogEvent;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;
import vn.ocop.fair.support.security.Caller;

/**
 * What the catalogue does for its users. Who may do what to which product is decided here, in
 * one place; what a product may become is decided by {@link Product}.
 */
@Service
public class Catalogue {

    /** Fairs, and certificate validity, are reckoned in Hanoi's local date. */
    public static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Products products;
    private final Producers producers;
    private final OutboxRelay relay;
    private final Clock clock;

    Catalogue(Products products, Producers producers, OutboxRelays relays, Clock clock) {
        this.products = products;
        this.producers = producers;
        this.relay = relays.forCollection(Products.COLLECTION);
        this.clock = clock;
    }

    /** Adds a product of {@code producerId}, listed at once unless {@code draft}. */
    public Product create(String producerId, ProductDetails details, boolean draft, Caller caller) {
        requireMayManageProductsOf(caller, producerId);
        Producer producer = producers.find(producerId).orElseThrow(() -> new UnknownProducer(producerId));
        Product product = Product.draft(ProductId.next(), producerId, details, clock.instant());
        if (!draft) {
            product = product.list(today(), clock.instant());
        }
        products.add(product, producer);
        relay.wake(product.id().value());
        return product;
    }

    public Product update(ProductId id, ProductDetails details, Caller caller) {
        return change(id, caller, p -> p.update(details, today(), clock.instant()));
    }

    public Product list(ProductId id, Caller caller) {
        return change(id, caller, p -> p.list(today(), clock.instant()));
    }

    public Product delist(ProductId id, String reason, Caller caller) {
        return change(id, caller, p -> p.delist(reason, clock.instant()));
    }

    /**
     * Makes the catalogue say what a certified list says about one product of {@code producer}:
     * creates it, listed, when there is no {@code current} product, otherwise replaces its details
     * (its status stays as it is). The same rules and events as {@link #create} and {@link #update};
     * details equal to the stored ones change nothing. With {@code dryRun}, judges without writing.
     */
    public Reconciled reconcile(
            Producer producer, Optional<Product> current, ProductDetails details, boolean dryRun, Caller caller) {
        requireMayManageProductsOf(caller, producer.id());
        if (current.isEmpty()) {
            Product product = Product.draft(ProductId.next(), producer.id(), details, clock.instant())
                    .list(today(), clock.instant());
            if (!dryRun) {
                products.add(product, producer);
                relay.wake(product.id().value());
            }
            return Reconciled.CREATED;
        }
        Product stored = current.get();
        Product changed = stored.update(details, today(), clock.instant());
        if (changed == stored) {
            return Reconciled.UNCHANGED;
        }
        if (!dryRun) {
            if (!products.save(changed, stored.version(), producer)) {
                throw new ConcurrentChange(stored.id());
            }
            relay.wake(stored.id().value());
        }
        return Reconciled.UPDATED;
    }

    /** What {@link #reconcile} did, or would do, to the catalogue. */
    public enum Reconciled {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * Listed products whose certificate needs the watch today (a notice is due, or it lapsed): the
     * certificate watch's work, read through the products' {@code certificateDue} marker.
     */
    public List<ProductId> certificatesToWatch() {
        return products.certificatesDueBy(today());
    }

    /**
     * Applies the certificate watch to one product (see {@link Product#watchCertificate}).
     *
     * @return what it raised: a {@code CertificateExpiring}, a {@code ProductDelisted}, or nothing
     */
    public List<CatalogEvent> watchCertificate(ProductId id) {
        return change(id, Caller.system("certificate-watch"), p -> p.watchCertificate(today(), clock.instant()))
                .raisedEvents();
    }

    /** A listed product is anyone's to see; a draft or delisted one only its producer's and organisers'. */
    public Product get(ProductId id, Caller caller) {
        Product product = products.find(id).orElseThrow(() -> new ProductNotFound(id));
        boolean visible = product.status() == ProductStatus.LISTED
                || ProductRights.mayManageProductsOf(caller, product.producerId());
        if (!visible) {
            throw new ProductNotFound(id);
        }
        return product;
    }

    /**
     * The status of each of these products that exists, by product id, in one read: whether each
     * line of an order is on sale. A system's question, so drafts and delisted products are included.
     */
    public Map<String, ProductStatus> statuses(Collection<String> productIds) {
        return products.statuses(productIds);
    }

    public boolean isEmpty() {
        return products.count(Filters.empty()) == 0;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LOCAL_TIME));
    }

    private Product change(ProductId id, Caller caller, UnaryOperator<Product> change) {
        Product current = products.find(id).orElseThrow(() -> new ProductNotFound(id));
        requireMayManageProductsOf(caller, current.producerId());
        Product changed = change.apply(current);
        if (changed == current) {
            return current;
        }
        Producer producer =
                producers.find(current.producerId()).orElseThrow(() -> new UnknownProducer(current.producerId()));
        if (!products.save(changed, current.version(), producer)) {
            throw new ConcurrentChange(id);
        }
        relay.wake(id.value());
        return changed;
    }
}
