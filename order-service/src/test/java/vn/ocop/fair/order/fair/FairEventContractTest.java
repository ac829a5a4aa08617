package vn.ocop.fair.order.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.pricing.PromotionTerms;
import vn.ocop.fair.order.support.PublishedSamples;
import vn.ocop.fair.support.events.UnreadableEvent;

/** Reads the samples event-service pins for its fair events (the producer's side of the contract). */
@JsonTest
class FairEventContractTest {

    static final String FAIR = "7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73";

    @Autowired
    JsonMapper json;

    @Test
    void mapsFairOpenedIntoTheFairReadModel() {
        assertThat(read("FairOpened").toFair())
                .isEqualTo(new Fair(
                        FAIR,
                        9,
                        "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                        "OPEN",
                        "Asia/Ho_Chi_Minh",
                        LocalDate.parse("2026-05-21"),
                        LocalDate.parse("2026-05-25"),
                        LocalTime.of(8, 0),
                        LocalTime.of(22, 0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FairScheduled", "FairPublished", "FairOpened", "FairClosed", "FairCancelled"})
    void readsTheSnapshotAndVersionOfEveryFairLifecycleEvent(String type) {
        Fair fair = read(type).toFair();

        assertThat(fair.fairId()).isEqualTo(FAIR);
        assertThat(fair.version()).isPositive();
        assertThat(fair.status()).isIn("DRAFT", "PUBLISHED", "OPEN", "CLOSED", "CANCELLED");
        assertThat(fair.startsAt()).isEqualTo(Instant.parse("2026-05-21T01:00:00Z"));
        assertThat(fair.endsAt()).isEqualTo(Instant.parse("2026-05-25T15:00:00Z"));
    }

    @Test
    void mapsPromotionAnnouncedIntoPricingTerms() {
        StoredPromotion stored = read("PromotionAnnounced").toPromotion();

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.terms())
                .isEqualTo(new PromotionTerms(
                        "e5b02c7d-91f3-4a68-b4e2-0d7c5a1f8e36",
                        FAIR,
                        "FLASH_DEAL",
                        "PRODUCTS",
                        List.of("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11"),
                        null,
                        null,
                        Instant.parse("2026-05-22T12:00:00Z"),
                        Instant.parse("2026-05-22T13:00:00Z"),
                        null,
                        new PromotionTerms.FlashDeal("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", 299_000, 100, 2, false),
                        false));
    }

    @Test
    void readsPromotionWithdrawnAndBoothEvents() {
        FairEventCopy withdrawn = read("PromotionWithdrawn");
        assertThat(withdrawn.promotionId()).isEqualTo("e5b02c7d-91f3-4a68-b4e2-0d7c5a1f8e36");
        assertThat(withdrawn.version()).isEqualTo(2);

        assertThat(read("BoothAssigned").toAssignment())
                .isEqualTo(new BoothAssignment(
                        "c81f2e60-4a7b-4d3e-9b15-6e0a2d7c9f48",
                        FAIR,
                        "A-01",
                        "htx-lua-van-phuc",
                        List.of("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", "5e2a9c7b-1d3f-4b6e-8a20-9f4c3e1b7d52")));
        assertThat(read("BoothReleased").assignmentId()).isEqualTo("c81f2e60-4a7b-4d3e-9b15-6e0a2d7c9f48");
    }

    @Test
    void ignoresFieldsItDoesNotReadAndRefusesAFairWithoutItsSnapshot() {
        FairEventCopy extra = json.readValue(
                "{\"fairId\":\"f\",\"version\":1,\"surprise\":true,\"fair\":{\"status\":\"OPEN\","
                        + "\"startsOn\":\"2026-05-21\",\"endsOn\":\"2026-05-22\",\"newField\":1}}",
                FairEventCopy.class);
        assertThat(extra.toFair().status()).isEqualTo("OPEN");

        assertThatThrownBy(() -> json.readValue("{\"fairId\":\"f\",\"version\":1}", FairEventCopy.class)
                        .toFair())
                .isInstanceOf(UnreadableEvent.class);
    }

    private FairEventCopy read(String type) {
        return PublishedSamples.EVENT_SERVICE.read(type, json, FairEventCopy.class);
    }
}
