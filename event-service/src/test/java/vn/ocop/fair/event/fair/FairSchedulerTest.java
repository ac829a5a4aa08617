package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.RecordingPublisher;
import vn.ocop.fair.support.security.Caller;
import vn.ocop.fair.testsupport.TestClock;

/** The scheduler at the boundaries, on an injected clock; fairs here are in 2040, far from other tests'. */
@EventIntegrationTest
class FairSchedulerTest {

    @Autowired
    FairScheduler scheduler;

    @Autowired
    FairPlanning planning;

    @Autowired
    Fairs fairs;

    @Autowired
    TestClock clock;

    @Autowired
    RecordingPublisher published;

    @Autowired
    MongoDatabase eventDatabase;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void opensAtTheFirstDaysOpeningInHanoiAndClosesAtTheLastDaysClosing() {
        String id = publishedFair(LocalDate.parse("2040-03-10"), LocalDate.parse("2040-03-12"));
        Instant opening = Instant.parse("2040-03-10T01:00:00Z"); // 08:00 in Hanoi
        Instant closing = Instant.parse("2040-03-12T15:00:00Z"); // 22:00 in Hanoi

        assertThat(statusAt(id, opening.minusSeconds(1))).isEqualTo(FairStatus.PUBLISHED);
        assertThat(statusAt(id, opening)).isEqualTo(FairStatus.OPEN);
        assertThat(statusAt(id, opening.plusSeconds(1))).isEqualTo(FairStatus.OPEN);
        assertThat(statusAt(id, closing.minusSeconds(1))).isEqualTo(FairStatus.OPEN);
        assertThat(statusAt(id, closing)).isEqualTo(FairStatus.CLOSED);
    }

    @Test
    void opensAFairOneSecondAfterItsOpeningAndClosesOneSecondAfterItsClosing() {
        String id = publishedFair(LocalDate.parse("2040-06-01"), LocalDate.parse("2040-06-01"));

        assertThat(statusAt(id, Instant.parse("2040-06-01T01:00:01Z"))).isEqualTo(FairStatus.OPEN);
        assertThat(statusAt(id, Instant.parse("2040-06-01T15:00:01Z"))).isEqualTo(FairStatus.CLOSED);
        awaitOutboxEmpty(id);
        assertThat(published.typesFor(id))
                .containsExactly("FairScheduled", "FairPublished", "FairOpened", "FairClosed");
    }

    @Test
    void leavesADraftAloneWhateverTheTime() {
        String id = planning.draft(
                        TestPlans.tradeWeek(LocalDate.parse("2040-07-01"), LocalDate.parse("2040-07-02")),
                        null,
                        Caller.system("test"))
                .id();

        assertThat(statusAt(id, Instant.parse("2040-07-05T00:00:00Z"))).isEqualTo(FairStatus.DRAFT);
    }

    @Test
    void twoSchedulersRacingOpenTheFairOnceWithOneEvent() throws Exception {
        String id = publishedFair(LocalDate.parse("2040-09-02"), LocalDate.parse("2040-09-04"));
        clock.set(Instant.parse("2040-09-02T01:00:00Z"));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> ticks =
                    List.of(instances.submit(() -> awaitThenTick(start)), instances.submit(() -> awaitThenTick(start)));
            start.countDown();
            for (Future<?> tick : ticks) {
                tick.get(30, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        Fair fair = fairs.find(id).orElseThrow();
        assertThat(fair.status()).isEqualTo(FairStatus.OPEN);
        assertThat(fair.version()).isEqualTo(3); // drafted 1, published 2, opened 3: one transition
        awaitOutboxEmpty(id);
        assertThat(published.typesFor(id)).containsExactly("FairScheduled", "FairPublished", "FairOpened");
    }

    @Test
    void ofTwoTransitionsMadeFromTheSameReadOnlyOneIsStored() throws Exception {
        String id = publishedFair(LocalDate.parse("2040-10-02"), LocalDate.parse("2040-10-04"));
        Fair read = fairs.find(id).orElseThrow();
        Instant now = Instant.parse("2040-10-02T01:00:00Z");

        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Boolean> stored;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> saves = List.of(
                    instances.submit(() -> {
                        start.await();
                        return fairs.save(read, read.open(now));
                    }),
                    instances.submit(() -> {
                        start.await();
                        return fairs.save(read, read.cancel("Hủy", now));
                    }));
            start.countDown();
            stored =
                    List.of(saves.get(0).get(30, TimeUnit.SECONDS), saves.get(1).get(30, TimeUnit.SECONDS));
        } finally {
            instances.shutdownNow();
        }

        assertThat(stored).containsExactlyInAnyOrder(true, false);
        assertThat(fairs.find(id).orElseThrow().version()).isEqualTo(3);
        awaitOutboxEmpty(id);
        assertThat(published.typesFor(id)).hasSize(3).startsWith("FairScheduled", "FairPublished");
    }

    private Void awaitThenTick(CountDownLatch start) throws InterruptedException {
        start.await();
        scheduler.tick();
        return null;
    }

    private FairStatus statusAt(String id, Instant now) {
        clock.set(now);
        scheduler.tick();
        return fairs.find(id).orElseThrow().status();
    }

    private String publishedFair(LocalDate startsOn, LocalDate endsOn) {
        String id = planning.draft(TestPlans.tradeWeek(startsOn, endsOn), null, Caller.system("test"))
                .id();
        eventDatabase.getCollection("booths").insertOne(new Document("fairId", id).append("code", "A-01"));
        planning.publish(id);
        return id;
    }

    private void awaitOutboxEmpty(String id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> eventDatabase
                                .getCollection("fairs")
                                .find(Filters.and(Filters.eq("_id", id), Filters.exists("outbox.0")))
                                .first()
                        == null);
    }
}
