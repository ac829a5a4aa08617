package vn.ocop.fair.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The livestream's flash sale: {@code buyers} distinct customers (a token each, signed by the bench
 * before the race) each order one unit of the flash product through the gateway, from
 * {@code race-threads} clients released at once. The product's whole stock is the deal's
 * {@code units}, so exactly that many orders may be confirmed, and at most that many units may be
 * sold at the deal price. Settled = from the start of the race until the saga decided the last order.
 * A buyer whose turn comes after the settle time-out has passed since the start gives up unsent (a
 * system that slow would otherwise hold the bench for the requests' time-outs, one after another).
 */
final class FlashSale {

    record Result(
            int buyers,
            int units,
            long placed,
            long refused,
            long errors,
            long gaveUp,
            long confirmed,
            long rejected,
            long undecided,
            long dealUnits,
            double sendSeconds,
            double settledSeconds,
            double tokenSeconds,
            Latencies post,
            String otherStatuses) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%,d buyers for %,d units: %,d sold (%,d at the deal price), %,d rejected, settled %s"
                            + " (orders sent in %.1f s, POST p50 %s p99 %s, %,d errors%s%s)%s",
                    buyers,
                    units,
                    confirmed,
                    dealUnits,
                    rejected,
                    Double.isNaN(settledSeconds)
                            ? "never (see below)"
                            : String.format(Locale.ROOT, "in %.1f s", settledSeconds),
                    sendSeconds,
                    Latencies.ms(post.millis(50)),
                    Latencies.ms(post.millis(99)),
                    errors + refused,
                    otherStatuses.isEmpty() ? "" : ": " + otherStatuses,
                    gaveUp > 0
                            ? String.format(
                                    Locale.ROOT,
                                    "; %,d buyers gave up unsent when the settle time-out had passed",
                                    gaveUp)
                            : "",
                    undecided > 0 ? String.format(Locale.ROOT, ", %,d never decided", undecided) : "");
        }
    }

    private FlashSale() {}

    static Result run(
            Http http,
            OrderTraffic traffic,
            OrderStates states,
            Tokens tokens,
            BenchOptions options,
            String customerPrefix,
            String phase,
            String product)
            throws InterruptedException {
        long signing = System.nanoTime();
        List<String> buyerTokens = IntStream.range(0, options.buyers())
                .parallel()
                .mapToObj(i -> tokens.customer(customerPrefix + phase + "-buyer-" + i))
                .toList();
        double tokenSeconds = (System.nanoTime() - signing) / 1e9;
        long raceStart = System.currentTimeMillis() + 500;
        List<Placement> race = new ArrayList<>(options.buyers());
        for (int i = 0; i < options.buyers(); i++) {
            race.add(traffic.place(
                    phase, customerPrefix + phase + "-buyer-" + i, buyerTokens.get(i), product, raceStart));
        }
        ExecutorService clients = Executors.newFixedThreadPool(options.raceThreads(), r -> {
            Thread t = new Thread(r, "flash-buyer");
            t.setDaemon(true);
            return t;
        });
        Latencies post = new Latencies();
        AtomicLong answered = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        long giveUpAt = raceStart + options.settleTimeout().toMillis();
        for (Placement p : race) {
            clients.submit(() -> {
                go.await();
                if (System.currentTimeMillis() > giveUpAt) {
                    p.gaveUp();
                    answered.incrementAndGet();
                    return null;
                }
                long sent = System.nanoTime();
                try {
                    var response = http.send(OrderTraffic.request(options.gateway(), p));
                    p.answered(response.statusCode(), response.body());
                } catch (Exception e) {
                    p.failed(e);
                }
                post.record((System.nanoTime() - sent) / 1000);
                answered.incrementAndGet();
                return null;
            });
        }
        Thread.sleep(Math.max(0, raceStart - System.currentTimeMillis()));
        long sendStart = System.nanoTime();
        go.countDown();
        clients.shutdown();
        Progress progress = new Progress(phase);
        while (!clients.awaitTermination(1, TimeUnit.SECONDS)) {
            progress.maybe(() -> String.format(Locale.ROOT, "%,d of %,d answered", answered.get(), race.size()));
        }
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        Statuses statuses = new Statuses();
        race.stream().filter(p -> p.firstStatus >= 0).forEach(p -> statuses.add(p.firstStatus));
        long gaveUp = race.stream()
                .filter(p -> p.outcome == Placement.Outcome.NOT_SENT)
                .count();
        long refused = race.stream()
                .filter(p -> p.outcome == Placement.Outcome.REFUSED)
                .count();
        long errors = race.stream()
                .filter(p -> p.outcome == Placement.Outcome.UNKNOWN)
                .count();
        OrderStates.resolveUnknown(http, options.order(), race, options.settleTimeout());
        long undecided = states.awaitFinal(race, options.settleTimeout(), phase + ": saga");
        long confirmed = race.stream().filter(p -> "CONFIRMED".equals(p.status)).count();
        long rejected = race.stream().filter(p -> "REJECTED".equals(p.status)).count();
        long dealUnits = race.stream()
                .filter(p -> "CONFIRMED".equals(p.status))
                .mapToLong(p -> p.dealUnits)
                .sum();
        long lastDecided = race.stream()
                .filter(Placement::isFinal)
                .mapToLong(p -> p.finalAtMillis)
                .max()
                .orElse(raceStart);
        return new Result(
                options.buyers(),
                options.units(),
                race.stream().filter(p -> p.orderId != null).count(),
                refused,
                errors,
                gaveUp,
                confirmed,
                rejected,
                undecided,
                dealUnits,
                sendSeconds,
                undecided > 0 ? Double.NaN : (lastDecided - raceStart) / 1000.0,
                tokenSeconds,
                post,
                statuses.unexpected(201));
    }
}
