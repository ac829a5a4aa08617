package vn.ocop.fair.event.fair.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.testsupport.PinnedEventSamples;

/**
 * Pins the JSON of each fair event event-service publishes to a sample under {@code events/};
 * consumers' tests (catalog-service's, for the booth events) read the same samples. Adding a field
 * means updating the sample; removing or renaming one is a new v2 type.
 */
@JsonTest
class FairEventContractTest implements PinnedEventSamples<FairEvent> {

    @Autowired
    JsonMapper json;

    static final String FAIR = "7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73";

    static final FairSnapshot.EntryRules RULES = new FairSnapshot.EntryRules(3, List.of(), 2, 50);

    static FairSnapshot fair(String status) {
        return new FairSnapshot(
                "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                "TRADE_WEEK",
                "Sản phẩm OCOP và làng nghề Hà Nội",
                new FairSnapshot.Venue("Công viên Văn hóa Đống Đa", "Số 1 Tây Sơn", "Phường Đống Đa", "Hà Nội"),
                "Asia/Ho_Chi_Minh",
                LocalDate.parse("2026-05-21"),
                LocalDate.parse("2026-05-25"),
                LocalTime.parse("08:00"),
                LocalTime.parse("22:00"),
                status,
                "so-nong-nghiep-ha-noi",
                RULES);
    }

    static final String APPLICATION = "4b7e9d12-8c3a-4f51-b6e0-2a9d5c7f1e38";
    static final String ASSIGNMENT = "c81f2e60-4a7b-4d3e-9b15-6e0a2d7c9f48";
    static final String SILK_SCARF = "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11";
    static final String LIVESTREAM = "3a9d7e21-6c4b-4f80-a2d5-8b1e0f6c3d97";
    static final String FLASH_DEAL = "e5b02c7d-91f3-4a68-b4e2-0d7c5a1f8e36";

    static List<Arguments> samples() {
        return List.of(
                Arguments.of(
                        "FairScheduled",
                        new FairScheduled(FAIR, 1, Instant.parse("2026-04-01T02:00:00Z"), fair("DRAFT"))),
                Arguments.of(
                        "FairPublished",
                        new FairPublished(FAIR, 4, Instant.parse("2026-04-20T02:00:00Z"), fair("PUBLISHED"))),
                Arguments.of(
                        "FairOpened", new FairOpened(FAIR, 9, Instant.parse("2026-05-21T01:00:00Z"), fair("OPEN"))),
                Arguments.of(
                        "FairClosed", new FairClosed(FAIR, 10, Instant.parse("2026-05-25T15:00:00Z"), fair("CLOSED"))),
                Arguments.of(
                        "FairCancelled",
                        new FairCancelled(
                                FAIR,
                                5,
                                Instant.parse("2026-04-22T02:00:00Z"),
                                "Hoãn do thời tiết xấu",
                                fair("CANCELLED"))),
                Arguments.of(
                        "BoothAssigned",
                        new BoothAssigned(
                                FAIR,
                                ASSIGNMENT,
                                "A-01",
                                "Khu A — Thủ công mỹ nghệ",
                                "htx-lua-van-phuc",
                                List.of(SILK_SCARF, "5e2a9c7b-1d3f-4b6e-8a20-9f4c3e1b7d52"),
                                "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                                LocalDate.parse("2026-05-21"),
                                LocalDate.parse("2026-05-25"),
                                Instant.parse("2026-05-21T01:00:00Z"),
                                Instant.parse("2026-05-25T15:00:00Z"),
                                Instant.parse("2026-05-10T03:00:00Z"))),
                Arguments.of(
                        "BoothReleased",
                        new BoothReleased(
                                FAIR,
                                ASSIGNMENT,
                                "A-01",
                                "htx-lua-van-phuc",
                                Instant.parse("2026-05-12T08:30:00Z"),
                                "Chủ thể xin rút khỏi hội chợ")),
                Arguments.of(
                        "ExhibitorApplied",
                        new ExhibitorApplied(
                                FAIR,
                                APPLICATION,
                                "htx-lua-van-phuc",
                                List.of(SILK_SCARF),
                                List.of("A-01", "A-02"),
                                "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                                "so-nong-nghiep-ha-noi",
                                Instant.parse("2026-04-25T03:00:00Z"))),
                Arguments.of(
                        "ExhibitorApplicationDecided",
                        new ExhibitorApplicationDecided(
                                FAIR,
                                APPLICATION,
                                "htx-lua-van-phuc",
                                "WAITLISTED",
                                "Khu A đã kín gian hàng",
                                3,
                                "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                                Instant.parse("2026-04-28T03:00:00Z"))),
                Arguments.of(
                        "ActivityScheduled",
                        new ActivityScheduled(
                                FAIR,
                                LIVESTREAM,
                                "LIVESTREAM",
                                "Livestream: Lụa Vạn Phúc — từ khung cửi đến tay bạn",
                                null,
                                "A-01",
                                Instant.parse("2026-05-22T12:00:00Z"),
                                Instant.parse("2026-05-22T13:00:00Z"),
                                new ActivityScheduled.Livestream(
                                        "TIKTOK", "Nguyễn Thu Hà", "https://www.tiktok.com/@ocopmarket/live"),
                                List.of("htx-lua-van-phuc"),
                                List.of(SILK_SCARF),
                                Instant.parse("2026-05-15T04:00:00Z"))),
                Arguments.of(
                        "PromotionAnnounced",
                        new PromotionAnnounced(
                                FAIR,
                                Instant.parse("2026-05-15T04:05:00Z"),
                                new Promotion(
                                        FLASH_DEAL,
                                        1,
                                        "Flash deal khăn lụa Vạn Phúc trong livestream",
                                        "FLASH_DEAL",
                                        new Promotion.Scope("PRODUCTS", List.of(SILK_SCARF)),
                                        null,
                                        null,
                                        Instant.parse("2026-05-22T12:00:00Z"),
                                        Instant.parse("2026-05-22T13:00:00Z"),
                                        null,
                                        new Promotion.FlashDeal(LIVESTREAM, SILK_SCARF, 299_000, 100, 2, false)))),
                Arguments.of(
                        "PromotionWithdrawn",
                        new PromotionWithdrawn(
                                FAIR, FLASH_DEAL, 2, "Livestream bị hủy", Instant.parse("2026-05-20T09:00:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isTypedAsAnEventServiceCloudEvent(String type, FairEvent event) {
        assertThat(event.cloudEventType()).isEqualTo("vn.ocop.fair.event." + type + ".v1");
    }

    @Test
    void travelsOnTheFairsTopic() {
        assertThat(FairEvent.TOPIC).isEqualTo("ocop.fairs.v1");
    }
}
