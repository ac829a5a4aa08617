package vn.ocop.fair.order.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.order.support.PublishedSamples;
import vn.ocop.fair.testsupport.KafkaTestClient;

/** The fair and promotion read models, fed through the real broker and the binder. */
class FairReadModelTest extends OrderServiceTest {

    static final String DLQ = "ocop.fairs.v1.order-service.dlq";

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Test
    void keepsTheHighestVersionOfAFairWhateverOrderItsEventsCome() {
        String fair = readModels.openFair(); // version 9 (the sample's)
        String published = sampleWith("FairPublished", fair);

        readModels.sendFairEvent(fair, "FairPublished", published);
        String marker =
                readModels.promotion(fair, "PERCENTAGE", "{\"type\":\"FAIR\",\"values\":[]}", "\"percentOff\":5");

        assertThat(promotions.find(marker)).isPresent();
        assertThat(fairs.find(fair)).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo("OPEN");
            assertThat(f.version()).isEqualTo(9);
        });
    }

    @Test
    void aWithdrawnPromotionIsNoLongerLive() {
        String fair = readModels.publishedFair(LocalDate.now().plusDays(1));
        String promotion =
                readModels.promotion(fair, "PERCENTAGE", "{\"type\":\"FAIR\",\"values\":[]}", "\"percentOff\":10");

        readModels.sendFairEvent(
                fair,
                "PromotionWithdrawn",
                "{\"fairId\":\"%s\",\"promotionId\":\"%s\",\"version\":2,\"reason\":\"Hủy\",\"occurredAt\":\"2026-05-20T09:00:00Z\"}"
                        .formatted(fair, promotion));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> promotions.find(promotion).orElseThrow().withdrawn());
        assertThat(promotions.ofFair(fair))
                .singleElement()
                .satisfies(p -> assertThat(p.liveAt(java.time.Instant.now())).isFalse());
    }

    @Test
    void aProductIsSoldAtItsBoothUntilTheAssignmentIsReleasedThenAtTheBoothItMovedTo() {
        String fair = readModels.openFair();
        String tea = readModels.product("htx-che-thai-nguyen", "FOOD", 120_000);
        String first = readModels.booth(fair, "B-07", "htx-che-thai-nguyen", tea);
        assertThat(booths.boothSelling(fair, tea)).contains("B-07");

        readModels.sendFairEvent(
                fair,
                "BoothReleased",
                "{\"fairId\":\"%s\",\"assignmentId\":\"%s\",\"boothCode\":\"B-07\",\"occurredAt\":\"2026-05-20T09:00:00Z\"}"
                        .formatted(fair, first));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> booths.boothSelling(fair, tea).isEmpty());
        readModels.booth(fair, "C-12", "htx-che-thai-nguyen", tea);

        assertThat(booths.boothSelling(fair, tea)).contains("C-12");
        assertThat(booths.boothSelling(UUID.randomUUID().toString(), tea)).isEmpty();
    }

    @Test
    void malformedFairRecordGoesToTheDeadLetterTopicAndLaterRecordsStillFlow() {
        String key = readModels.sendUnreadable("ocop.fairs.v1", "vn.ocop.fair.event.FairOpened.v1");
        String later = readModels.openFair();

        assertThat(fairs.find(later)).isPresent();
        var deadLetters = kafka.await(DLQ, r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertThat(deadLetters)
                .singleElement()
                .satisfies(r -> assertThat(KafkaTestClient.header(r, "x-exception-message"))
                        .contains("unreadable fair event"));
    }

    private static String sampleWith(String type, String fairId) {
        return PublishedSamples.EVENT_SERVICE.text(type).replace("7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73", fairId);
    }
}
