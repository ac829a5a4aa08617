package vn.ocop.fair.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Orders offered at a fixed rate: order i is due at start + i / rate whatever happened to the ones
 * before it, and every latency is measured from that due time. When the system slows down the rate
 * stays, the queue grows and the latencies show it (no coordinated omission). The requests are sent
 * asynchronously; at most {@value #MAX_IN_FLIGHT} wait for an answer at once, beyond that the
 * dispatcher waits too, which the latencies (from the due time) still count.
 */
final class OpenLoop {

    static final int MAX_IN_FLIGHT = 2_000;

    record Result(
            String phase,
            int rate,
            long offered,
            long placed,
            long failed,
            double sendSeconds,
            Latencies postFromDue,
            double worstDispatchLagMillis,
            double clientCores,
            String otherStatuses) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%,d offered at %d/s in %.1f s, %,d placed, %,d errors%s; POST from due time p50 %s p99 %s;"
                            + " dispatcher at most %.0f ms late (bench client %.2f cores)",
                    offered,
                    rate,
                    sendSeconds,
                    placed,
                    failed,
                    otherStatuses.isEmpty() ? "" : " (" + otherStatuses + ")",
                    Latencies.ms(postFromDue.millis(50)),
                    Latencies.ms(postFromDue.millis(99)),
                    worstDispatchLagMillis,
                    clientCores);
        }
    }

    private OpenLoop() {}

    static Result run(Http http, OrderTraffic traffic, String baseUrl, String phase, int rate, Duration length)
            throws InterruptedException {
        long total = (long) rate * length.toSeconds();
        double periodNanos = 1e9 / rate;
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        AtomicLong placed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Latencies fromDue = new Latencies();
        Statuses statuses = new Statuses();
        ClientCpu cpu = new ClientCpu();
        long nanoNow = System.nanoTime();
        long wallNow = System.currentTimeMillis();
        long t0 = nanoNow + 200_000_000L;
        double wall0 = wallNow + (t0 - nanoNow) / 1e6;
        double worstLag = 0;
        Progress progress = new Progress(phase);
        for (long i = 0; i < total; i++) {
            long due = t0 + (long) (i * periodNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            worstLag = Math.max(worstLag, (System.nanoTime() - due) / 1e6);
            Placement placement = traffic.next(phase, (long) (wall0 + i * periodNanos / 1e6));
            http.sendAsync(OrderTraffic.request(baseUrl, placement)).whenComplete((response, error) -> {
                fromDue.record((System.nanoTime() - due) / 1000);
                if (error != null) {
                    placement.failed(error);
                    statuses.add(0);
                } else {
                    placement.answered(response.statusCode(), response.body());
                    statuses.add(response.statusCode());
                }
                (placement.outcome == Placement.Outcome.PLACED ? placed : failed).incrementAndGet();
                inFlight.release();
            });
            final long sent = i + 1;
            progress.maybe(() -> String.format(
                    Locale.ROOT,
                    "%,d sent, %,d placed, %,d errors, %,d waiting for an answer",
                    sent,
                    placed.get(),
                    failed.get(),
                    MAX_IN_FLIGHT - inFlight.availablePermits()));
        }
        double sendSeconds = (System.nanoTime() - t0) / 1e9;
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!inFlight.tryAcquire(MAX_IN_FLIGHT, 1, TimeUnit.SECONDS)) {
            if (System.nanoTime() > waitUntil) {
                System.out.println("    … some requests were not answered within 90 s of the last one");
                break;
            }
            progress.maybe(() -> String.format(
                    Locale.ROOT,
                    "all sent, %,d placed, %,d errors, %,d waiting for an answer",
                    placed.get(),
                    failed.get(),
                    MAX_IN_FLIGHT - inFlight.availablePermits()));
        }
        return new Result(
                phase,
                rate,
                total,
                placed.get(),
                failed.get(),
                sendSeconds,
                fromDue,
                worstLag,
                cpu.cores(),
                statuses.unexpected(201));
    }
}
