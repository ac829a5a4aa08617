package vn.ocop.fair.catalog.stock.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.fair.catalog.stock.Adjustment;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.catalog.stock.StockLevel;

/**
 * @param heldForOrders how many orders hold units of it
 * @param adjustments the latest {@value #TRAIL} adjustments, newest first
 */
record StockView(
        String productId,
        String producerId,
        long received,
        long available,
        long reserved,
        long sold,
        int lowThreshold,
        int heldForOrders,
        List<AdjustmentView> adjustments) {

    static final int TRAIL = 50;

    record AdjustmentView(long delta, String reason, String by, Instant at) {}

    static StockView of(StockLevel level) {
        Stock s = level.stock();
        List<Adjustment> trail = level.adjustments();
        List<AdjustmentView> latest = new ArrayList<>();
        for (int i = trail.size() - 1; i >= 0 && latest.size() < TRAIL; i--) {
            Adjustment a = trail.get(i);
            latest.add(new AdjustmentView(a.delta(), a.reason(), a.by(), a.at()));
        }
        return new StockView(
                s.productId(),
                s.producerId(),
                s.received(),
                s.available(),
                s.reserved(),
                s.sold(),
                s.lowThreshold(),
                (int) s.heldOrders(),
                latest);
    }
}
