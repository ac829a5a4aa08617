package vn.ocop.fair.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/**
 * Two gateway instances' limiters on one real Redis ({@code redis-server} from the PATH, started here
 * on a free port) draw from one budget per client. Without {@code redis-server} the test says so and
 * is skipped (Debian: {@code apt-get install redis-server}).
 */
class RedisSharedBudgetTest {

    private static final RatePolicy FOUR_AN_HOUR = new RatePolicy("ordering", 4, Duration.ofHours(1));
    private static Process redis;
    private static URI uri;

    @BeforeAll
    static void startRedis() throws IOException {
        Optional<Path> server = onPath("redis-server");
        if (server.isEmpty()) {
            System.out.println("[ocop-test] redis-server is not on the PATH: RedisSharedBudgetTest is skipped"
                    + " (install it with apt-get install redis-server to run it)");
            Assumptions.abort("redis-server is not on the PATH");
        }
        int port = TestSocketUtils.findAvailableTcpPort();
        Path log = Files.createDirectories(Path.of("target")).resolve("redis-" + port + ".log");
        redis = new ProcessBuilder(
                        server.get().toString(),
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        uri = URI.create("redis://127.0.0.1:" + port);
        System.out.println("[ocop-test] redis-server started on port " + port);
        await().atMost(Duration.ofSeconds(10)).until(() -> accepts(port));
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void twoGatewayInstancesShareOneBudgetPerClient() {
        String client = "sub:" + UUID.randomUUID();
        try (RedisBucketStore firstStore = store();
                RedisBucketStore secondStore = store()) {
            RateLimiter first = limiter(firstStore);
            RateLimiter second = limiter(secondStore);

            List<Boolean> decisions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                decisions.add(first.tryAcquire(client, FOUR_AN_HOUR).isConsumed());
                decisions.add(second.tryAcquire(client, FOUR_AN_HOUR).isConsumed());
            }

            assertThat(decisions).containsExactly(true, true, true, true, false, false);
        }
    }

    @Test
    void keepsClientsBudgetsApart() {
        try (RedisBucketStore store = store()) {
            RateLimiter limiter = limiter(store);
            String spender = "ip:" + UUID.randomUUID();
            for (int i = 0; i < 4; i++) {
                limiter.tryAcquire(spender, FOUR_AN_HOUR);
            }

            assertThat(limiter.tryAcquire(spender, FOUR_AN_HOUR).isConsumed()).isFalse();
            assertThat(limiter.tryAcquire("ip:" + UUID.randomUUID(), FOUR_AN_HOUR)
                            .isConsumed())
                    .isTrue();
        }
    }

    private static RedisBucketStore store() {
        return new RedisBucketStore(uri, Duration.ofMillis(500), Clock.systemUTC());
    }

    private static RateLimiter limiter(BucketStore store) {
        // a local store that refuses everything: a decision taken from it would show
        return new RateLimiter(
                store,
                (key, policy) -> {
                    throw new AssertionError("fell back to memory");
                },
                new SimpleMeterRegistry(),
                Clock.systemUTC());
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
