package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.FIRST_DAY;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.ExhibitorIntegrationTest;
import vn.ocop.fair.event.booth.BoothRefusals;
import vn.ocop.fair.support.web.RefusedRequest;

/**
 * Assignment requests racing over the real MongoDB wire server: the fair's assignments change by
 * compare-and-set, so of the requests for one booth exactly one wins, and a producer's racing
 * requests for different booths at the same time never give it more than the fair's {@code
 * boothsPerProducer}.
 */
class BoothAssignmentRaceTest extends ExhibitorIntegrationTest {

    static final int THREADS = 8;
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    BoothAllocation allocation;

    @Test
    void concurrentRequestsForTheSameBoothHaveExactlyOneWinner() throws Exception {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 1);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            applications.add(fixtures.approved(fair, "htx-race-" + i));
        }

        List<Object> outcomes = race(applications.stream()
                .<Callable<Object>>map(app -> () -> allocation.assign(fair, "A-01", app, null, null))
                .toList());

        assertWinners(outcomes, 1, BoothRefusals.BoothAlreadyAssigned.class);
        Document stored = eventDatabase
                .getCollection("booth_assignments")
                .find(new Document("_id", fair))
                .first();
        assertThat(stored.getList("assignments", Document.class)).hasSize(1);
    }

    @Test
    void concurrentRequestsOfOneProducerNeverExceedTheBoothsItMayHoldAtOnce() throws Exception {
        String fair = fixtures.fair("PUBLISHED", 3, List.of(), 2, 3);
        fixtures.booths(fair, "A", THREADS);
        String application = fixtures.approved(fair, "htx-limit");

        List<Object> outcomes = race(java.util.stream.IntStream.range(0, THREADS)
                .<Callable<Object>>mapToObj(
                        booth -> () -> allocation.assign(fair, "A-%02d".formatted(booth + 1), application, null, null))
                .toList());

        assertWinners(outcomes, 2, BoothRefusals.BoothLimitReached.class);
    }

    @Test
    void onlyAnApprovedApplicationGetsABoothWithinTheFair() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 2);
        String pending = fixtures.apply(fair, "htx-pending");
        String approved = fixtures.approved(fair, "htx-approved");

        var notApproved = fixtures.assign(fair, "A-01", pending, null);
        var outside = fixtures.assign(
                fair,
                "A-01",
                approved,
                "\"startsAt\":\"%s\",\"endsAt\":\"%s\""
                        .formatted(
                                FIRST_DAY.minusDays(1).atStartOfDay(HANOI).toInstant(),
                                FIRST_DAY.atTime(12, 0).atZone(HANOI).toInstant()));
        var halfPeriod = fixtures.assign(fair, "A-01", approved, "\"startsAt\":\"2026-01-01T00:00:00Z\"");
        var unknownBooth = fixtures.assign(fair, "Z-01", approved, null);

        assertThat(notApproved.statusCode()).isEqualTo(409);
        assertThat(notApproved.body()).contains("application-not-approved");
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("period-outside-fair");
        assertThat(halfPeriod.statusCode()).isEqualTo(400);
        assertThat(unknownBooth.statusCode()).isEqualTo(404);
        String assigned =
                expect(fixtures.assign(fair, "A-01", approved, null), 200).body();
        assertThat(JsonPath.<String>read(assigned, "$.startsAt"))
                .isEqualTo(FIRST_DAY.atTime(8, 0).atZone(HANOI).toInstant().toString());
    }

    /** Runs the tasks at once from {@link #THREADS} threads; each outcome is a result or the refusal thrown. */
    /** Exactly {@code winners} of the racing requests got a booth; each of the others was refused so. */
    static void assertWinners(List<Object> outcomes, int winners, Class<? extends RefusedRequest> refusal) {
        assertThat(outcomes).filteredOn(o -> !(o instanceof RefusedRequest)).hasSize(winners);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof RefusedRequest)
                .hasSize(THREADS - winners)
                .allSatisfy(o -> assertThat(o).isInstanceOf(refusal));
    }

    static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RefusedRequest refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
