package vn.ocop.fair.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code connections} clients, each sending its next request as soon as the last is answered (as wrk
 * does), for a fixed time. Latency is each request's own (closed loop: a slow answer delays the next
 * request instead of counting against it), so it reads like wrk's figures, not like the open loop's.
 */
final class ClosedLoop {

    /** One call; its HTTP status (a driver call that returned counts as 200). */
    @FunctionalInterface
    interface Call {
        int call() throws Exception;
    }

    record Result(
            String name,
            long ok,
            long failed,
            double seconds,
            Latencies latency,
            double clientCores,
            String otherStatuses) {

        double perSecond() {
            return ok / seconds;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%,9.0f /s   p50 %-9s p99 %-9s errors %,d%s   (bench client %.2f cores)",
                    perSecond(),
                    Latencies.ms(latency.millis(50)),
                    Latencies.ms(latency.millis(99)),
                    failed,
                    otherStatuses.isEmpty() ? "" : " (" + otherStatuses + ")",
                    clientCores);
        }
    }

    private ClosedLoop() {}

    static Result run(String name, int connections, Duration length, int expected, Call call)
            throws InterruptedException {
        Statuses statuses = new Statuses();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Latencies> perThread = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(connections);
        ClientCpu cpu = new ClientCpu();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int i = 0; i < connections; i++) {
            Latencies mine = new Latencies();
            perThread.add(mine);
            Thread client = new Thread(
                    () -> {
                        try {
                            while (System.nanoTime() < end) {
                                long sent = System.nanoTime();
                                int status;
                                try {
                                    status = call.call();
                                } catch (Exception e) {
                                    status = 0;
                                }
                                mine.record((System.nanoTime() - sent) / 1000);
                                statuses.add(status);
                                (status == expected ? ok : failed).incrementAndGet();
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    name + "-" + i);
            client.setDaemon(true);
            client.start();
        }
        Progress progress = new Progress(name);
        while (!done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            progress.maybe(() ->
                    String.format(Locale.ROOT, "%,d answered, %,d errors", ok.get() + failed.get(), failed.get()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies all = new Latencies();
        perThread.forEach(all::add);
        return new Result(name, ok.get(), failed.get(), seconds, all, cpu.cores(), statuses.unexpected(expected));
    }
}
