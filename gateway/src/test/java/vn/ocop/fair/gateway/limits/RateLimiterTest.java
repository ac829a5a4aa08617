package vn.ocop.fair.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

class RateLimiterTest {

    private static final RatePolicy THREE_AN_HOUR = new RatePolicy("browsing", 3, Duration.ofHours(1));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void limitsFromMemoryByDefault() {
        RateLimiter limiter =
                new RateLimiter(new InMemoryBucketStore(), new InMemoryBucketStore(), meters, Clock.systemUTC());

        assertThat(consumed(limiter, "ip:10.0.0.1", 4)).containsExactly(true, true, true, false);
        assertThat(consumed(limiter, "ip:10.0.0.2", 1)).containsExactly(true);
        assertThat(meters.counter("ocop.gateway.ratelimit.rejected", "policy", "browsing")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void failsOpenToItsOwnMemoryAndCountsItWhenRedisIsUnreachable() {
        URI nobody = URI.create("redis://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort());
        try (RedisBucketStore unreachable = new RedisBucketStore(nobody, Duration.ofMillis(300), Clock.systemUTC())) {
            RateLimiter limiter = new RateLimiter(unreachable, new InMemoryBucketStore(), meters, Clock.systemUTC());

            long start = System.nanoTime();
            List<Boolean> decisions = consumed(limiter, "sub:khachhang", 4);

            assertThat(decisions).containsExactly(true, true, true, false);
            assertThat(meters.counter("ocop.gateway.ratelimit.store.failures").count())
                    .isEqualTo(4);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    static List<Boolean> consumed(RateLimiter limiter, String client, int requests) {
        List<Boolean> decisions = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            decisions.add(limiter.tryAcquire(client, THREE_AN_HOUR).isConsumed());
        }
        return decisions;
    }
}
