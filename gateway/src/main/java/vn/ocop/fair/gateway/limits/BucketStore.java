package vn.ocop.fair.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;

/** Where the token buckets live: in this gateway's memory, or in Redis shared by every gateway instance. */
interface BucketStore extends AutoCloseable {

    /** Takes one token from the key's bucket (made full on first use) and says how it went. */
    ConsumptionProbe tryConsume(String key, RatePolicy policy);

    @Override
    default void close() {}
}
