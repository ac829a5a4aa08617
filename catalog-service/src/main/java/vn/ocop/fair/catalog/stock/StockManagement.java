package vn.ocop.fair.catalog.stock;

import static vn.ocop.fair.catalog.access.ProductRights.requireMayManageProductsOf;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.support.security.Caller;

/**
 * What producers and organisers do with stock: see it, receive or write off units with a reason
 * (kept in the audit trail), set the low-stock threshold. A producer only for their own products.
 */
@Service
public class StockManagement {

    private final Catalogue catalogue;
    private final Stocks stocks;
    private final StockChanges changes;
    private final Clock clock;
    private final int defaultLowThreshold;

    StockManagement(
            Catalogue catalogue, Stocks stocks, StockChanges changes, Clock clock, CatalogProperties properties) {
        this.catalogue = catalogue;
        this.stocks = stocks;
        this.changes = changes;
        this.clock = clock;
        this.defaultLowThreshold = properties.stock().defaultLowThreshold();
    }

    public StockLevel level(ProductId id, Caller caller) {
        Product product = manageable(id, caller);
        Stock stock = stocks.find(id.value())
                .orElseGet(() -> Stock.empty(id.value(), product.producerId(), defaultLowThreshold));
        return new StockLevel(stock, stocks.adjustments(id.value()));
    }

    /** Receives ({@code delta > 0}) or writes off ({@code delta < 0}) units, with the reason recorded. */
    public StockLevel adjust(ProductId id, long delta, String reason, Caller caller) {
        opened(id, caller);
        changes.observed(stocks.change(
                id.value(), stock -> Optional.of(stock.adjust(delta, reason, caller.subject(), clock.instant()))));
        return level(id, caller);
    }

    public StockLevel lowThreshold(ProductId id, int threshold, Caller caller) {
        opened(id, caller);
        stocks.change(id.value(), stock -> Optional.of(stock.lowThreshold(threshold)));
        return level(id, caller);
    }

    private void opened(ProductId id, Caller caller) {
        Product product = manageable(id, caller);
        stocks.open(id.value(), product.producerId(), defaultLowThreshold, clock.instant());
    }

    private Product manageable(ProductId id, Caller caller) {
        Product product = catalogue.get(id, caller);
        requireMayManageProductsOf(caller, product.producerId());
        return product;
    }
}
