package vn.ocop.fair.notification.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** notification-service's copy reads every sample event-service pins for {@code ocop.fairs.v1}. */
class FairEventContractTest {

    static final Path SAMPLES = Path.of("../event-service/src/test/resources/events");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"FairScheduled", "FairPublished", "FairOpened", "FairClosed", "FairCancelled"})
    void readsTheFairSnapshotOfEveryLifecycleEvent(String event) throws IOException {
        FairCopy fair = read(event).require();
        FairCopy.Snapshot snapshot = fair.requireSnapshot();

        assertThat(fair.version()).isPositive();
        assertThat(snapshot.name()).isEqualTo("Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa");
        assertThat(snapshot.startsOn()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(snapshot.opensAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(snapshot.venue().oneLine()).startsWith("Công viên Văn hóa Đống Đa, Số 1 Tây Sơn");
        assertThat(snapshot.status()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BoothAssigned", "BoothReleased", "ExhibitorApplied", "ExhibitorApplicationDecided"})
    void readsTheProducerOfBoothAndApplicationEvents(String event) throws IOException {
        assertThat(read(event).require().producerId()).isEqualTo("htx-lua-van-phuc");
    }

    @Test
    void readsDecisionsLivestreamsAndFlashDeals() throws IOException {
        FairCopy decided = read("ExhibitorApplicationDecided");
        assertThat(decided.decision()).isEqualTo("WAITLISTED");
        assertThat(decided.waitlistPosition()).isEqualTo(3);
        FairCopy activity = read("ActivityScheduled");
        assertThat(activity.livestream().url()).isEqualTo("https://www.tiktok.com/@ocopmarket/live");
        assertThat(activity.producerIds()).containsExactly("htx-lua-van-phuc");
        FairCopy.Promotion promotion = read("PromotionAnnounced").promotion();
        assertThat(promotion.kind()).isEqualTo("FLASH_DEAL");
        assertThat(promotion.validFrom()).isEqualTo(Instant.parse("2026-05-22T12:00:00Z"));
        assertThat(promotion.flashDeal().activityId()).isEqualTo(activity.activityId());
        assertThat(promotion.flashDeal().dealPriceVnd()).isEqualTo(299_000L);
        assertThat(read("PromotionWithdrawn").promotionId()).isEqualTo(promotion.id());
    }

    static FairCopy read(String event) throws IOException {
        return JSON.readValue(Files.readString(SAMPLES.resolve(event + ".json")), FairCopy.class);
    }
}
