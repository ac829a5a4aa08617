package vn.ocop.fair.catalog.demo;

import java.util.List;
import org.bson.Document;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.ProductStatus;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.catalog.stock.StockManagement;
import vn.ocop.fair.catalog.stock.Stocks;
import vn.ocop.fair.support.security.Caller;

/**
 * Gives every listed product without stock a first delivery through the stock use case, so that
 * customers can order in the local run. A product that has a stock document is left alone: running
 * again adds nothing.
 */
class DemoStock {

    static final String REASON = "Hàng mẫu cho chạy thử (demo)";

    private final Products products;
    private final Stocks stocks;
    private final StockManagement stock;

    DemoStock(Products products, Stocks stocks, StockManagement stock) {
        this.products = products;
        this.stocks = stocks;
        this.stock = stock;
    }

    /** @return how many products received their first units */
    int stockUnstocked() {
        List<String> listed = products.collection()
                .find(new Document("status", ProductStatus.LISTED.name()))
                .projection(new Document("_id", 1))
                .map(d -> String.valueOf(d.get("_id")))
                .into(new java.util.ArrayList<>());
        int stocked = 0;
        for (String id : listed) {
            if (stocks.find(id).isEmpty()) {
                stock.adjust(new ProductId(id), units(id), REASON, Caller.system("demo-data"));
                stocked++;
            }
        }
        return stocked;
    }

    /** 50–300 units, the same for a product at every start. */
    static long units(String productId) {
        return 50 + Math.floorMod(productId.hashCode(), 251);
    }
}
