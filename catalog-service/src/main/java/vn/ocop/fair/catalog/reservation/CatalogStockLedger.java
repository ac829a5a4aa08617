package vn.ocop.fair.catalog.reservation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.access.Actor;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.ProductNotFound;
import vn.ocop.fair.catalog.product.ProductStatus;
import vn.ocop.fair.catalog.stock.HoldResult;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockHolds;

/** The saga's stock operations over catalog's own products and stock: only a listed product is reserved. */
@Component
class CatalogStockLedger implements StockLedger {

    private static final Actor SAGA = Actor.system("reservations");

    private final Catalogue catalogue;
    private final StockHolds holds;

    CatalogStockLedger(Catalogue catalogue, StockHolds holds) {
        this.catalogue = catalogue;
        this.holds = holds;
    }

    @Override
    public LineResult hold(String orderId, String productId, int quantity) {
        Optional<Refusal> notOnSale = notOnSale(productId);
        if (notOnSale.isPresent()) {
            return LineResult.refused(notOnSale.get(), 0);
        }
        HoldResult result = holds.hold(productId, orderId, quantity);
        return result.held() ? LineResult.held() : LineResult.refused(Refusal.OUT_OF_STOCK, result.available());
    }

    @Override
    public LineResult check(String productId, int quantity) {
        Optional<Refusal> notOnSale = notOnSale(productId);
        if (notOnSale.isPresent()) {
            return LineResult.refused(notOnSale.get(), 0);
        }
        long available = holds.find(productId).map(Stock::available).orElse(0L);
        return available >= quantity ? LineResult.wouldFit() : LineResult.refused(Refusal.OUT_OF_STOCK, available);
    }

    @Override
    public void release(String orderId, String productId) {
        holds.release(productId, orderId);
    }

    @Override
    public void commit(String orderId, String productId) {
        holds.commit(productId, orderId);
    }

    private Optional<Refusal> notOnSale(String productId) {
        try {
            Product product = catalogue.get(new ProductId(productId), Optional.of(SAGA));
            return product.status() == ProductStatus.LISTED ? Optional.empty() : Optional.of(Refusal.DELISTED);
        } catch (ProductNotFound e) {
            return Optional.of(Refusal.UNKNOWN_PRODUCT);
        }
    }
}
