package vn.ocop.fair.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Buckets in this JVM, forgotten after an hour unused (a forgotten bucket is a full one anyway). */
class InMemoryBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    @Override
    public ConsumptionProbe tryConsume(String key, RatePolicy policy) {
        Bucket bucket = buckets.get(
                key, k -> Bucket.builder().addLimit(policy.bandwidth()).build());
        return bucket.tryConsumeAndReturnRemaining(1);
    }
}
