package vn.ocop.fair.catalog.reservation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.stock.StockHolds;

/**
 * Fault injection in the real stock ledger: for an armed order, the saga "dies" (throws, leaving its
 * work as a crash would) just before or just after holding one product's units. Otherwise it is the
 * real ledger.
 */
public final class CrashingStockLedger extends CatalogStockLedger {

    private final Map<String, Crash> armed = new ConcurrentHashMap<>();

    record Crash(String productId, boolean afterHolding) {}

    CrashingStockLedger(Catalogue catalogue, StockHolds holds) {
        super(catalogue, holds);
    }

    /** The saga dies before holding {@code productId} for the order: earlier lines are held, this one not. */
    public void crashBeforeHolding(String orderId, String productId) {
        armed.put(orderId, new Crash(productId, false));
    }

    /** The saga dies right after holding {@code productId}, before writing the outcome. */
    public void crashAfterHolding(String orderId, String productId) {
        armed.put(orderId, new Crash(productId, true));
    }

    @Override
    public LineResult hold(String orderId, String productId, int quantity, Shelf shelf) {
        Crash crash = armed.get(orderId);
        boolean here = crash != null && crash.productId().equals(productId);
        if (here && !crash.afterHolding()) {
            armed.remove(orderId);
            throw new SimulatedCrash("before holding " + productId + " for " + orderId);
        }
        LineResult result = super.hold(orderId, productId, quantity, shelf);
        if (here) {
            armed.remove(orderId);
            throw new SimulatedCrash("after holding " + productId + " for " + orderId);
        }
        return result;
    }

    static final class SimulatedCrash extends RuntimeException {

        SimulatedCrash(String where) {
            super("injected crash " + where);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        CrashingStockLedger crashingStockLedger(Catalogue catalogue, StockHolds holds) {
            return new CrashingStockLedger(catalogue, holds);
        }
    }
}
