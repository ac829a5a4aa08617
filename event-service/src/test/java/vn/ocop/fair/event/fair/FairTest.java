package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.fair.event.fair.events.FairCancelled;
import vn.ocop.fair.event.fair.events.FairClosed;
import vn.ocop.fair.event.fair.events.FairOpened;
import vn.ocop.fair.event.fair.events.FairPublished;

class FairTest {

    static final Instant NOW = Instant.parse("2030-05-01T02:00:00Z");
    static final FairPlan PLAN = TestPlans.tradeWeek(LocalDate.parse("2030-05-21"), LocalDate.parse("2030-05-25"));

    @Test
    void walksTheWholeLifecycleRaisingOneVersionedEventPerStep() {
        Fair.Change drafted = Fair.draft("f-1", PLAN, "so-nong-nghiep-ha-noi", NOW);
        Fair.Change published = drafted.fair().publish(1, NOW);
        Fair.Change opened = published.fair().open(NOW);
        Fair.Change closed = opened.fair().close(NOW);

        assertThat(drafted.fair().status()).isEqualTo(FairStatus.DRAFT);
        assertThat(published.event()).isInstanceOfSatisfying(FairPublished.class, e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.fair().status()).isEqualTo("PUBLISHED");
        });
        assertThat(opened.event())
                .isInstanceOfSatisfying(
                        FairOpened.class, e -> assertThat(e.version()).isEqualTo(3));
        assertThat(closed.event()).isInstanceOfSatisfying(FairClosed.class, e -> {
            assertThat(e.version()).isEqualTo(4);
            assertThat(e.fair().status()).isEqualTo("CLOSED");
            assertThat(e.fair().opensAt()).isEqualTo(LocalTime.of(8, 0));
        });
    }

    @ParameterizedTest(name = "{0} → CANCELLED")
    @CsvSource({"DRAFT", "PUBLISHED", "OPEN"})
    void cancelsAFairThatHasNotClosed(FairStatus status) {
        Fair.Change cancelled = TestPlans.fair(status, PLAN).cancel("Hoãn do bão", NOW);

        assertThat(cancelled.fair().status()).isEqualTo(FairStatus.CANCELLED);
        assertThat(cancelled.event()).isInstanceOfSatisfying(FairCancelled.class, e -> {
            assertThat(e.reason()).isEqualTo("Hoãn do bão");
            assertThat(e.version()).isEqualTo(4);
        });
    }

    @ParameterizedTest(name = "{0} cannot become {1}")
    @CsvSource({
        "DRAFT, OPEN",
        "DRAFT, CLOSED",
        "PUBLISHED, PUBLISHED",
        "PUBLISHED, CLOSED",
        "OPEN, PUBLISHED",
        "OPEN, OPEN",
        "CLOSED, OPEN",
        "CLOSED, CANCELLED",
        "CANCELLED, PUBLISHED",
        "CANCELLED, OPEN",
        "CANCELLED, CANCELLED"
    })
    void refusesIllegalTransitionsWithTheReason(FairStatus from, FairStatus to) {
        Fair fair = TestPlans.fair(from, PLAN);

        assertThatThrownBy(() -> {
                    Fair.Change ignored = switch (to) {
                        case PUBLISHED -> fair.publish(1, NOW);
                        case OPEN -> fair.open(NOW);
                        case CLOSED -> fair.close(NOW);
                        case CANCELLED -> fair.cancel("lý do", NOW);
                        case DRAFT -> throw new AssertionError();
                    };
                })
                .isInstanceOf(FairRefusals.IllegalTransition.class)
                .hasMessageContaining("A fair that is " + from + " cannot become " + to);
    }

    @Test
    void refusesToPublishWithoutVenueDatesHoursOrBooth() {
        Fair draft = TestPlans.fair(
                FairStatus.DRAFT,
                new FairPlan("Hội chợ OCOP", FairKind.FAIR, null, null, null, null, null, null, null));

        assertThatThrownBy(() -> draft.publish(0, NOW))
                .isInstanceOfSatisfying(
                        FairRefusals.FairIncomplete.class,
                        e -> assertThat(e.missing())
                                .containsExactly(
                                        "a venue (name, address, province)",
                                        "dates (startsOn, endsOn)",
                                        "daily hours (opensAt, closesAt)",
                                        "at least one booth"));
    }

    @Test
    void refusesToPublishACompletePlanWithoutABooth() {
        assertThatThrownBy(() -> TestPlans.fair(FairStatus.DRAFT, PLAN).publish(0, NOW))
                .isInstanceOfSatisfying(
                        FairRefusals.FairIncomplete.class,
                        e -> assertThat(e.missing()).containsExactly("at least one booth"));
    }

    @Test
    void editsADraftOrPublishedFairButNotAnOpenOne() {
        FairPlan moved = TestPlans.tradeWeek(LocalDate.parse("2030-06-01"), LocalDate.parse("2030-06-03"));

        assertThat(TestPlans.fair(FairStatus.PUBLISHED, PLAN).edit(moved, NOW).event())
                .isInstanceOfSatisfying(
                        FairPublished.class,
                        e -> assertThat(e.fair().startsOn()).isEqualTo(LocalDate.parse("2030-06-01")));
        assertThatThrownBy(() -> TestPlans.fair(FairStatus.OPEN, PLAN).edit(moved, NOW))
                .isInstanceOf(FairRefusals.IllegalTransition.class);
    }

    @Test
    void refusesAFairThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> TestPlans.tradeWeek(LocalDate.parse("2030-05-25"), LocalDate.parse("2030-05-21")))
                .isInstanceOf(FairRefusals.InvalidFair.class)
                .hasMessageContaining("endsOn (2030-05-21) is before startsOn (2030-05-25)");
    }

    @Test
    void acceptsAOneDayFair() {
        FairPlan oneDay = TestPlans.tradeWeek(LocalDate.parse("2030-05-21"), LocalDate.parse("2030-05-21"));

        assertThat(oneDay.firstOpening()).isEqualTo(Instant.parse("2030-05-21T01:00:00Z"));
        assertThat(oneDay.lastClosing()).isEqualTo(Instant.parse("2030-05-21T15:00:00Z"));
    }

    @ParameterizedTest(name = "opens {0}, closes {1}")
    @CsvSource({"22:00, 08:00", "08:00, 08:00"})
    void refusesHoursThatDoNotOpenBeforeTheyClose(String opensAt, String closesAt) {
        assertThatThrownBy(() -> new FairPlan(
                        "Hội chợ",
                        FairKind.FAIR,
                        null,
                        null,
                        null,
                        null,
                        LocalTime.parse(opensAt),
                        LocalTime.parse(closesAt),
                        null))
                .isInstanceOf(FairRefusals.InvalidFair.class)
                .hasMessageContaining("must be before closesAt");
    }

    @ParameterizedTest(name = "stars {0}, booths {1}, subsidy {2}")
    @CsvSource({"2, 2, 0", "6, 2, 0", "3, 0, 0", "3, 2, -1", "3, 2, 101"})
    void refusesEntryRulesOutsideTheirRanges(int stars, int booths, int subsidy) {
        assertThatThrownBy(() -> new EntryRules(stars, List.of(), booths, subsidy))
                .isInstanceOf(FairRefusals.InvalidFair.class);
    }
}
