package vn.ocop.fair.event.fair.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fair event event-service publishes, with its optional fields filled (the pinned samples)
 * and with every optional field left empty, serialised as the relay sends it, meets what each
 * consumer requires of it ({@link ConsumerRequirements}): none of them parks it in its DLQ.
 */
@JsonTest
class FairEventConsumersContractTest {

    @Autowired
    JsonMapper json;

    static final String FAIR = FairEventContractTest.FAIR;
    static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    /** The fair as a draft may stand: name, kind and dates, nothing optional. */
    static FairSnapshot bareFair(String status) {
        return new FairSnapshot(
                "Hội chợ OCOP",
                "FAIR",
                null,
                null,
                "Asia/Ho_Chi_Minh",
                LocalDate.parse("2026-05-21"),
                LocalDate.parse("2026-05-25"),
                null,
                null,
                status,
                null,
                new FairSnapshot.EntryRules(3, null, 2, 0));
    }

    static Stream<Arguments> withOptionalFieldsEmpty() {
        return Stream.of(
                Arguments.of("FairScheduled", new FairScheduled(FAIR, 1, NOW, bareFair("DRAFT"))),
                Arguments.of("FairPublished", new FairPublished(FAIR, 2, NOW, bareFair("PUBLISHED"))),
                Arguments.of("FairOpened", new FairOpened(FAIR, 3, NOW, bareFair("OPEN"))),
                Arguments.of("FairClosed", new FairClosed(FAIR, 4, NOW, bareFair("CLOSED"))),
                Arguments.of("FairCancelled", new FairCancelled(FAIR, 2, NOW, "Hoãn", bareFair("CANCELLED"))),
                Arguments.of(
                        "BoothAssigned",
                        new BoothAssigned(
                                FAIR,
                                "a-1",
                                "A-01",
                                null,
                                "htx-lua-van-phuc",
                                null,
                                null,
                                LocalDate.parse("2026-05-21"),
                                LocalDate.parse("2026-05-25"),
                                null,
                                null,
                                NOW)),
                Arguments.of("BoothReleased", new BoothReleased(FAIR, "a-1", "A-01", "htx-lua-van-phuc", NOW, null)),
                Arguments.of(
                        "ExhibitorApplied",
                        new ExhibitorApplied(FAIR, "app-1", "htx-lua-van-phuc", null, null, null, null, NOW)),
                Arguments.of(
                        "ExhibitorApplicationDecided",
                        new ExhibitorApplicationDecided(
                                FAIR, "app-1", "htx-lua-van-phuc", "APPROVED", null, null, null, NOW)),
                Arguments.of(
                        "ActivityScheduled",
                        new ActivityScheduled(
                                FAIR,
                                "act-1",
                                "PERFORMANCE",
                                "Hát quan họ",
                                "Sân khấu chính",
                                null,
                                NOW,
                                NOW.plusSeconds(3600),
                                null,
                                null,
                                null,
                                NOW)),
                Arguments.of(
                        "PromotionAnnounced",
                        new PromotionAnnounced(
                                FAIR,
                                NOW,
                                new Promotion(
                                        "p-1",
                                        1,
                                        "Giảm 10%",
                                        "PERCENTAGE",
                                        null,
                                        10,
                                        null,
                                        NOW,
                                        NOW.plusSeconds(3600),
                                        null,
                                        null))),
                Arguments.of("PromotionWithdrawn", new PromotionWithdrawn(FAIR, "p-1", 2, null, NOW)));
    }

    static List<Arguments> withOptionalFieldsFilled() {
        return FairEventContractTest.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withOptionalFieldsEmpty")
    void meetsEveryConsumerWithItsOptionalFieldsEmpty(String type, FairEvent event) {
        assertThat(ConsumerRequirements.unmetBy(type, json.readTree(json.writeValueAsString(event))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withOptionalFieldsFilled")
    void meetsEveryConsumerWithItsOptionalFieldsFilled(String type, FairEvent event) {
        assertThat(ConsumerRequirements.unmetBy(type, json.readTree(json.writeValueAsString(event))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withOptionalFieldsEmpty")
    void coversEveryEventType(String type, FairEvent event) {
        assertThat(event.cloudEventType()).isEqualTo("vn.ocop.fair.event." + type + ".v1");
        assertThat(FairEvent.class.getPermittedSubclasses()).hasSize(12);
    }
}
