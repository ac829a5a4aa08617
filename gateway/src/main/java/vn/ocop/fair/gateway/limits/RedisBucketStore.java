package vn.ocop.fair.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Buckets in Redis (Bucket4j's compare-and-swap proxy over Lettuce), so that every gateway instance
 * draws from one budget per client. Connects lazily and fails fast: a command waits at most
 * {@code timeout}, and after a failed connection no new attempt is made for {@code reconnectPause}.
 */
class RedisBucketStore implements BucketStore, AutoCloseable {

    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);

    private final RedisClient client;
    private final Duration timeout;
    private final Clock clock;
    private @Nullable StatefulRedisConnection<byte[], byte[]> connection;
    private @Nullable ProxyManager<byte[]> buckets;
    private Instant nextAttempt = Instant.MIN;

    RedisBucketStore(URI uri, Duration timeout, Clock clock) {
        RedisURI redis = RedisURI.create(uri);
        redis.setTimeout(timeout);
        this.client = RedisClient.create(redis);
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public ConsumptionProbe tryConsume(String key, RatePolicy policy) {
        byte[] redisKey = ("ocop:ratelimit:" + key).getBytes(StandardCharsets.UTF_8);
        return buckets().builder().build(redisKey, policy::configuration).tryConsumeAndReturnRemaining(1);
    }

    private synchronized ProxyManager<byte[]> buckets() {
        if (buckets != null) {
            return buckets;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            throw new IllegalStateException("Redis is unreachable; next connection attempt at " + nextAttempt);
        }
        try {
            connection = client.connect(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            nextAttempt = now.plus(RECONNECT_PAUSE);
            throw e;
        }
        buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .requestTimeout(timeout)
                .build();
        return buckets;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, timeout);
    }
}
