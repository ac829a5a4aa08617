package vn.ocop.fair.catalog.reservation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.ProductStatus;
import vn.ocop.fair.catalog.stock.HoldResult;
import vn.ocop.fair.catalog.stock.Move;
import vn.ocop.fair.catalog.stock.Settling;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockHolds;

/** The saga's stock operations over catalog's own products and stock: only a listed product is reserved. */
@Component
class CatalogStockLedger implements StockLedger {

    private final Catalogue catalogue;
    private final StockHolds holds;

    CatalogStockLedger(Catalogue catalogue, StockHolds holds) {
        this.catalogue = catalogue;
        this.holds = holds;
    }

    @Override
    public Shelf look(Collection<String> productIds) {
        Map<String, ProductStatus> statuses = catalogue.statuses(productIds);
        Map<String, Refusal> notOnSale = new HashMap<>();
        for (String id : productIds) {
            ProductStatus status = statuses.get(id);
            if (status == null) {
                notOnSale.put(id, Refusal.UNKNOWN_PRODUCT);
            } else if (status != ProductStatus.LISTED) {
                notOnSale.put(id, Refusal.DELISTED);
            }
        }
        List<String> onSale =
                productIds.stream().filter(id -> !notOnSale.containsKey(id)).toList();
        return new Shelf(notOnSale, onSale.isEmpty() ? Map.of() : holds.find(onSale));
    }

    @Override
    public LineResult hold(String orderId, String productId, int quantity, Shelf shelf) {
        if (shelf.refusal(productId).isPresent()) {
            return LineResult.refused(shelf.refusal(productId).get(), 0);
        }
        Stock seen = shelf.stock(productId);
        if (seen == null) {
            return LineResult.refused(Refusal.OUT_OF_STOCK, 0); // never received any
        }
        HoldResult result = holds.hold(productId, orderId, quantity, seen);
        return result.held()
                ? LineResult.held(result.token())
                : LineResult.refused(Refusal.OUT_OF_STOCK, result.available());
    }

    @Override
    public String release(String orderId, String productId, int quantity, String heldToken) {
        return holds.release(productId, orderId, quantity, heldToken);
    }

    @Override
    public String commit(String orderId, String productId, int quantity, String heldToken) {
        return holds.sell(productId, orderId, quantity, heldToken);
    }

    @Override
    public boolean undo(String productId, Move hold) {
        return holds.undo(productId, hold);
    }

    @Override
    public void settle(Collection<Settling> moves) {
        holds.settle(moves);
    }

    @Override
    public Map<String, Move> inFlight(String orderId, Collection<String> productIds) {
        Map<String, Move> moves = new HashMap<>();
        holds.find(productIds)
                .forEach((productId, stock) -> stock.moveOf(orderId).ifPresent(m -> moves.put(productId, m)));
        return moves;
    }
}
