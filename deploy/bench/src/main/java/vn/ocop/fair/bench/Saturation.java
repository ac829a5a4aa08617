package vn.ocop.fair.bench;

import java.util.List;
import java.util.Locale;

/**
 * Placed vs decided orders per second at saturation: {@code saturation-connections} clients place
 * orders straight at order-service as fast as it answers for a fixed time; afterwards the order
 * timelines say how many the saga decided (CONFIRMED or REJECTED) within that same window, and when
 * the last one was decided.
 */
final class Saturation {

    record Result(
            ClosedLoop.Result placing,
            long placed,
            long decidedInWindow,
            long undecided,
            double drainSeconds,
            double windowSeconds) {

        double placedPerSecond() {
            return placed / windowSeconds;
        }

        double decidedPerSecond() {
            return decidedInWindow / windowSeconds;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "placed %,.0f/s, decided within the window %,.0f/s (%.0f%%); the last decided %.1f s after placing"
                            + " stopped%s",
                    placedPerSecond(),
                    decidedPerSecond(),
                    placed == 0 ? 0 : 100.0 * decidedInWindow / placed,
                    drainSeconds,
                    undecided > 0 ? String.format(Locale.ROOT, "; %,d still PENDING", undecided) : "");
        }
    }

    private Saturation() {}

    static Result run(Http http, OrderTraffic traffic, OrderStates states, BenchOptions options, String phase)
            throws InterruptedException {
        long windowStart = System.currentTimeMillis();
        ClosedLoop.Result placing =
                ClosedLoop.run(phase, options.saturationConnections(), options.saturationSeconds(), 201, () -> {
                    Placement p = traffic.next(phase, System.currentTimeMillis());
                    try {
                        var response = http.send(OrderTraffic.request(options.order(), p));
                        p.answered(response.statusCode(), response.body());
                        return response.statusCode();
                    } catch (Exception e) {
                        p.failed(e);
                        throw e;
                    }
                });
        long windowEnd = System.currentTimeMillis();
        List<Placement> mine =
                traffic.all.stream().filter(p -> p.phase.equals(phase)).toList();
        OrderStates.resolveUnknown(http, options.order(), mine, options.settleTimeout());
        long undecided = states.awaitFinal(mine, options.settleTimeout(), phase + ": saga");
        long placed = mine.stream().filter(p -> p.orderId != null).count();
        long inWindow = mine.stream()
                .filter(p -> p.isFinal() && p.finalAtMillis <= windowEnd)
                .count();
        long lastDecided = mine.stream()
                .filter(Placement::isFinal)
                .mapToLong(p -> p.finalAtMillis)
                .max()
                .orElse(windowEnd);
        return new Result(
                placing,
                placed,
                inWindow,
                undecided,
                Math.max(0, lastDecided - windowEnd) / 1000.0,
                (windowEnd - windowStart) / 1000.0);
    }
}
