package vn.ocop.fair.catalog.reservation;

import java.util.Map;
import java.util.Optional;
import vn.ocop.fair.catalog.stock.Stock;

/**
 * What the saga saw of an order's products in one look (one read of the products, one of their
 * stock, whatever the number of lines): which are not on sale and why, and the stock of the others.
 * Holds are decided on it first and re-read only if the stock changed meanwhile; lines after a
 * refusal are only checked, on it alone.
 *
 * @param notOnSale the products that cannot be reserved: unknown, or not listed
 * @param stocks the stock of the products on sale that have one
 */
record Shelf(Map<String, Refusal> notOnSale, Map<String, Stock> stocks) {

    Shelf {
        notOnSale = Map.copyOf(notOnSale);
        stocks = Map.copyOf(stocks);
    }

    Optional<Refusal> refusal(String productId) {
        return Optional.ofNullable(notOnSale.get(productId));
    }

    /** The product's stock as seen, null if it has none. */
    Stock stock(String productId) {
        return stocks.get(productId);
    }

    /** Whether the line could be held (or is held by the order already), without holding it. */
    LineResult check(String orderId, String productId, int quantity) {
        Optional<Refusal> refusal = refusal(productId);
        if (refusal.isPresent()) {
            return LineResult.refused(refusal.get(), 0);
        }
        Stock stock = stock(productId);
        long available = stock == null ? 0 : stock.available();
        boolean fits =
                available >= quantity || (stock != null && stock.moveOf(orderId).isPresent());
        return fits ? LineResult.wouldFit() : LineResult.refused(Refusal.OUT_OF_STOCK, available);
    }
}
