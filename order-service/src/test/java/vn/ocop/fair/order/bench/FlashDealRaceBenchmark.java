package vn.ocop.fair.order.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.order.pricing.PromotionTerms;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/**
 * The race: 10,000 buyers for 100 flash-deal units, straight on the claims (one
 * conditional {@code $inc} per counter) against the test JVM's MongoDB. Not part of the build:
 * {@code ./mvnw -o -pl order-service test -Dtest=FlashDealRaceBenchmark -Docop.bench=true
 * [-Docop.bench.buyers=10000] [-Docop.bench.threads=64]}.
 */
@EnabledIfSystemProperty(named = "ocop.bench", matches = "true")
class FlashDealRaceBenchmark {

    @Test
    void tenThousandBuyersRaceForAHundredUnits() throws Exception {
        int buyers = Integer.getInteger("ocop.bench.buyers", 10_000);
        int threads = Integer.getInteger("ocop.bench.threads", 64);
        MongoDatabase database = MongoClients.create(
                        SharedInfrastructure.endpoints().mongoConnectionString())
                .getDatabase("orders-bench");
        FlashDealClaims claims = new FlashDealClaims(database, new SimpleMeterRegistry());
        PromotionTerms deal = new PromotionTerms(
                UUID.randomUUID().toString(),
                "fair-bench",
                "FLASH_DEAL",
                "PRODUCTS",
                List.of("silk"),
                null,
                null,
                Instant.EPOCH,
                null,
                null,
                new PromotionTerms.FlashDeal("silk", 299_000, 100, 1, false),
                false);
        claims.announced(deal);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> got = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String buyer = "buyer-" + i;
            got.add(pool.submit(() -> {
                start.await();
                return claims.claim(deal, buyer, 1);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        int winners = 0;
        for (Future<Integer> f : got) {
            winners += f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        System.out.printf(
                "flash-deal race: %d buyers, %d threads, %d got the deal price, %d units left, %.1f s, %.0f claims/s%n",
                buyers, threads, winners, claims.unitsLeft(deal.id()), seconds, buyers / seconds);
        assertThat(winners).isEqualTo(100);
        assertThat(claims.unitsLeft(deal.id())).isZero();
    }
}
