package vn.ocop.fair.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one request from a client's budget. When the shared store (Redis) fails, the gateway
 * <b>fails open to its own memory</b>: the request is limited by this instance's local bucket, so a
 * Redis outage loosens the limit (to the budget times the number of instances) but neither refuses
 * every client nor lets floods through unlimited. Each failure counts in
 * {@code ocop.gateway.ratelimit.store.failures} and is logged at WARN (at most every 10 s).
 */
class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final Duration WARN_EVERY = Duration.ofSeconds(10);

    private final BucketStore store;
    private final BucketStore local;
    private final Counter storeFailures;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.MIN);

    RateLimiter(BucketStore store, BucketStore local, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.local = local;
        this.meters = meters;
        this.clock = clock;
        this.storeFailures = Counter.builder("ocop.gateway.ratelimit.store.failures")
                .description("Rate-limit decisions taken from local memory because the shared store failed")
                .register(meters);
    }

    ConsumptionProbe tryAcquire(String client, RatePolicy policy) {
        String key = policy.name() + ":" + client;
        ConsumptionProbe probe;
        try {
            probe = store.tryConsume(key, policy);
        } catch (RuntimeException e) {
            storeFailures.increment();
            warn(e);
            probe = local.tryConsume(key, policy);
        }
        if (!probe.isConsumed()) {
            meters.counter("ocop.gateway.ratelimit.rejected", "policy", policy.name())
                    .increment();
        }
        return probe;
    }

    private void warn(RuntimeException e) {
        Instant now = clock.instant();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARN_EVERY)) && lastWarning.compareAndSet(last, now)) {
            log.warn(
                    "Rate-limit store failed ({}); limiting from this instance's memory until it is back",
                    e.toString());
        }
    }
}
