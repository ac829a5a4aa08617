package vn.ocop.fair.catalog.reservation;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ocop.fair.catalog.stock.Move;
import vn.ocop.fair.catalog.stock.Settling;

/**
 * Fault injection in front of the real stock ledger: for an armed order, the saga "dies" (throws,
 * leaving its work as a crash would) just before or just after holding one product's units.
 * Otherwise it passes through.
 */
public final class CrashingStockLedger implements StockLedger {

    private final StockLedger real;
    private final Map<String, Crash> armed = new ConcurrentHashMap<>();

    record Crash(String productId, boolean afterHolding) {}

    CrashingStockLedger(StockLedger real) {
        this.real = real;
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
    public Shelf look(Collection<String> productIds) {
        return real.look(productIds);
    }

    @Override
    public LineResult hold(String orderId, String productId, int quantity, Shelf shelf) {
        Crash crash = armed.get(orderId);
        boolean here = crash != null && crash.productId().equals(productId);
        if (here && !crash.afterHolding()) {
            armed.remove(orderId);
            throw new SimulatedCrash("before holding " + productId + " for " + orderId);
        }
        LineResult result = real.hold(orderId, productId, quantity, shelf);
        if (here) {
            armed.remove(orderId);
            throw new SimulatedCrash("after holding " + productId + " for " + orderId);
        }
        return result;
    }

    @Override
    public String release(String orderId, String productId, int quantity, String heldToken) {
        return real.release(orderId, productId, quantity, heldToken);
    }

    @Override
    public String commit(String orderId, String productId, int quantity, String heldToken) {
        return real.commit(orderId, productId, quantity, heldToken);
    }

    @Override
    public boolean undo(String productId, Move hold) {
        return real.undo(productId, hold);
    }

    @Override
    public void settle(Collection<Settling> moves) {
        real.settle(moves);
    }

    @Override
    public Map<String, Move> inFlight(String orderId, Collection<String> productIds) {
        return real.inFlight(orderId, productIds);
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
        CrashingStockLedger crashingStockLedger(@Qualifier("catalogStockLedger") StockLedger real) {
            return new CrashingStockLedger(real);
        }
    }
}
