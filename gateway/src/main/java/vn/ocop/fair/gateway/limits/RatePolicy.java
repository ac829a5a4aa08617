package vn.ocop.fair.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import vn.ocop.fair.gateway.GatewayProperties.Rate;

/** A named token-bucket budget: {@code capacity} requests at once, refilled over {@code period}. */
record RatePolicy(String name, long capacity, Duration period) {

    static RatePolicy of(String name, Rate rate) {
        return new RatePolicy(name, rate.capacity(), rate.period());
    }

    /** {@code clients} times a rate, for an address that many clients share (saturating, never overflowing). */
    static RatePolicy shared(String name, Rate rate, int clients) {
        long capacity = rate.capacity() > Long.MAX_VALUE / clients ? Long.MAX_VALUE : rate.capacity() * clients;
        return new RatePolicy(name, capacity, rate.period());
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, period)
                .build();
    }

    BucketConfiguration configuration() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }
}
