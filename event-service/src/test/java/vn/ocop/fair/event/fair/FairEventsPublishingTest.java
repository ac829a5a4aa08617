package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;
import vn.ocop.fair.event.fair.events.ActivityScheduled;
import vn.ocop.fair.event.fair.events.FairCancelled;
import vn.ocop.fair.event.fair.events.FairClosed;
import vn.ocop.fair.event.fair.events.FairEvent;
import vn.ocop.fair.event.fair.events.FairOpened;
import vn.ocop.fair.event.fair.events.FairPublished;
import vn.ocop.fair.event.fair.events.FairScheduled;
import vn.ocop.fair.event.fair.events.FairSnapshot;
import vn.ocop.fair.event.fair.events.PromotionAnnounced;
import vn.ocop.fair.event.fair.events.PromotionWithdrawn;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.TestClock;

/** A fair's whole life as its consumers see it on {@code ocop.fairs.v1}, over the real broker. */
@EventIntegrationTest
class FairEventsPublishingTest {

    @Autowired
    FairsApi api;

    @Autowired
    FairScheduler scheduler;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void publishesEveryStepOfAFairsLifeAsCloudEventsKeyedByTheFair() throws Exception {
        String id = api.published(LocalDate.parse("2041-05-21"), LocalDate.parse("2041-05-25"));
        String activity = FairsApi.id(
                api.asOrganiser("POST", "/api/fairs/" + id + "/activities", """
                    {"kind":"OPENING_CEREMONY","title":"Khai mạc tuần hàng","stage":"Sân khấu chính",
                     "startsAt":"2041-05-21T01:00:00Z","endsAt":"2041-05-21T02:00:00Z"}
                    """).body());
        String promotion = FairsApi.id(
                api.asOrganiser("POST", "/api/fairs/" + id + "/promotions", """
                    {"name":"Giảm 10% khai mạc","kind":"PERCENTAGE","scope":{"type":"GROUP","values":["FOOD"]},
                     "percentOff":10,"validFrom":"2041-05-21T01:00:00Z","validUntil":"2041-05-22T01:00:00Z"}
                    """).body());
        api.asOrganiser(
                "POST",
                "/api/fairs/" + id + "/promotions/" + promotion + "/withdrawal",
                "{\"reason\":\"Nhầm nhóm sản phẩm\"}");
        clock.set(Instant.parse("2041-05-21T01:00:00Z"));
        scheduler.tick();
        clock.set(Instant.parse("2041-05-25T15:00:00Z"));
        scheduler.tick();

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(id, 7);

        assertThat(records).allSatisfy(record -> {
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/event-service");
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(id);
            assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestClient.header(record, "ce_id")).hasSize(36);
            assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
            assertThat(KafkaTestClient.header(record, "ce_time")).isNotBlank();
        });
        List<FairEvent> events = records.stream().map(this::event).toList();
        List<FairEvent> lifecycle = events.stream()
                .filter(e -> !(e instanceof ActivityScheduled)
                        && !(e instanceof PromotionAnnounced)
                        && !(e instanceof PromotionWithdrawn))
                .toList();
        assertThat(lifecycle)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("FairScheduled", "FairPublished", "FairOpened", "FairClosed");
        FairScheduled scheduled = (FairScheduled) lifecycle.get(0);
        assertThat(scheduled.version()).isEqualTo(1);
        assertThat(scheduled.fair())
                .isEqualTo(new FairSnapshot(
                        "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                        "TRADE_WEEK",
                        "Sản phẩm OCOP và làng nghề Hà Nội",
                        new FairSnapshot.Venue("Công viên Văn hóa Đống Đa", "Số 1 Tây Sơn", "Phường Đống Đa", "Hà Nội"),
                        "Asia/Ho_Chi_Minh",
                        LocalDate.parse("2041-05-21"),
                        LocalDate.parse("2041-05-25"),
                        java.time.LocalTime.of(8, 0),
                        java.time.LocalTime.of(22, 0),
                        "DRAFT",
                        "so-nong-nghiep-ha-noi",
                        new FairSnapshot.EntryRules(3, List.of(), 2, 50)));
        assertThat(((FairPublished) lifecycle.get(1)).version()).isEqualTo(2);
        FairOpened opened = (FairOpened) lifecycle.get(2);
        assertThat(opened.version()).isEqualTo(3);
        assertThat(opened.occurredAt()).isEqualTo(Instant.parse("2041-05-21T01:00:00Z"));
        assertThat(opened.fair().status()).isEqualTo("OPEN");
        assertThat(((FairClosed) lifecycle.get(3)).fair().status()).isEqualTo("CLOSED");

        ActivityScheduled a = theOnly(ActivityScheduled.class, events);
        assertThat(a.activityId()).isEqualTo(activity);
        assertThat(a.kind()).isEqualTo("OPENING_CEREMONY");
        assertThat(a.stage()).isEqualTo("Sân khấu chính");
        assertThat(a.startsAt()).isEqualTo(Instant.parse("2041-05-21T01:00:00Z"));
        PromotionAnnounced p = theOnly(PromotionAnnounced.class, events);
        assertThat(p.promotion().id()).isEqualTo(promotion);
        assertThat(p.promotion().version()).isEqualTo(1);
        assertThat(p.promotion().percentOff()).isEqualTo(10);
        assertThat(p.promotion().scope().values()).containsExactly("FOOD");
        PromotionWithdrawn w = theOnly(PromotionWithdrawn.class, events);
        assertThat(w.promotionId()).isEqualTo(promotion);
        assertThat(w.version()).isEqualTo(2);
        assertThat(w.reason()).isEqualTo("Nhầm nhóm sản phẩm");
    }

    @Test
    void publishesACancellationWithItsReason() throws Exception {
        String id = api.draft(FairsApi.tradeWeek(LocalDate.parse("2041-08-01"), LocalDate.parse("2041-08-02")));
        api.asOrganiser("POST", "/api/fairs/" + id + "/cancellation", "{\"reason\":\"Hoãn do bão\"}");

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(id, 2);

        assertThat(KafkaTestClient.header(records.get(1), "ce_type")).isEqualTo("vn.ocop.fair.event.FairCancelled.v1");
        FairCancelled cancelled = (FairCancelled) event(records.get(1));
        assertThat(cancelled.reason()).isEqualTo("Hoãn do bão");
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(cancelled.fair().status()).isEqualTo("CANCELLED");
    }

    private FairEvent event(ConsumerRecord<String, byte[]> record) {
        String type = KafkaTestClient.header(record, "ce_type");
        String name = type.replace("vn.ocop.fair.event.", "").replace(".v1", "");
        try {
            Class<?> recordType = Class.forName("vn.ocop.fair.event.fair.events." + name);
            return (FairEvent) json.readValue(new String(record.value(), StandardCharsets.UTF_8), recordType);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Unknown event type " + type, e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = kafka.newConsumer()) {
            consumer.subscribe(List.of(FairEvent.TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (key.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.size() >= count;
            });
        }
        return seen;
    }

    /** The one event of this type among {@code events}; fails if there is none or more than one. */
    private static <E> E theOnly(Class<E> type, List<?> events) {
        List<E> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as("the %s events", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
