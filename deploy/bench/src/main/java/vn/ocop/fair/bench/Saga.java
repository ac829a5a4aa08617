package vn.ocop.fair.bench;

import java.util.List;
import java.util.Locale;

/**
 * Saga latency at a fixed offered rate: the open loop offers {@code rate} orders/s through the
 * gateway for {@code saga-seconds}; each order's latency runs from the moment it was due to the
 * moment the saga decided it (its timeline's CONFIRMED or REJECTED step, stamped by order-service on
 * the same machine's clock). An order still undecided after the settle time-out counts as that long.
 * A request that failed (a 5xx, a time-out) is an error of the open loop and is left out of the
 * latencies, even when replaying its Idempotency-Key afterwards shows that the order was made.
 */
final class Saga {

    record Result(OpenLoop.Result offered, Latencies dueToDecided, long decided, long undecided, long placedOnReplay) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "due → decided p50 %s p95 %s p99 %s max %s over %,d orders%s%s",
                    Latencies.ms(dueToDecided.millis(50)),
                    Latencies.ms(dueToDecided.millis(95)),
                    Latencies.ms(dueToDecided.millis(99)),
                    Latencies.ms(dueToDecided.millis(100)),
                    decided,
                    undecided > 0 ? String.format(Locale.ROOT, ", %,d never decided", undecided) : "",
                    placedOnReplay > 0
                            ? String.format(
                                    Locale.ROOT,
                                    "; %,d requests failed (5xx, time-out) and are left out (their keys, replayed, gave orders)",
                                    placedOnReplay)
                            : "");
        }
    }

    private Saga() {}

    static Result run(Http http, OrderTraffic traffic, OrderStates states, BenchOptions options, String phase)
            throws InterruptedException {
        OpenLoop.Result offered =
                OpenLoop.run(http, traffic, options.gateway(), phase, options.rate(), options.sagaSeconds());
        List<Placement> mine =
                traffic.all.stream().filter(p -> p.phase.equals(phase)).toList();
        OrderStates.resolveUnknown(http, options.order(), mine, options.settleTimeout());
        long undecided = states.awaitFinal(mine, options.settleTimeout(), phase + ": saga");
        long gaveUpAt = System.currentTimeMillis();
        Latencies latencies = new Latencies();
        long decided = 0;
        long placedOnReplay = 0;
        for (Placement p : mine) {
            if (p.orderId == null) {
                continue;
            }
            if (!p.placedAtOnce()) {
                placedOnReplay++;
                continue;
            }
            long end = p.isFinal() ? p.finalAtMillis : gaveUpAt;
            latencies.record((end - p.dueAtMillis) * 1000);
            decided += p.isFinal() ? 1 : 0;
        }
        return new Result(offered, latencies, decided, undecided, placedOnReplay);
    }
}
