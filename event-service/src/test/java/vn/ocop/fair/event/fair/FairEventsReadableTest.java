package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.event.fair.events.ConsumerRequirements;
import vn.ocop.fair.event.fair.events.FairEvent;

/**
 * Whatever plan the {@link Fair} accepts, the events it raises through its life are readable by
 * every consumer; a plan that would make an unreadable event is refused before anything is stored
 * or published (a fair without dates: order-service cannot place it).
 */
@JsonTest
class FairEventsReadableTest {

    static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    static final LocalDate STARTS = LocalDate.parse("2026-05-21");
    static final LocalDate ENDS = LocalDate.parse("2026-05-25");

    @Autowired
    JsonMapper json;

    static Stream<Arguments> plans() {
        Venue venue = new Venue("Công viên Thống Nhất", "Trần Nhân Tông", "Phường Hai Bà Trưng", "Hà Nội");
        LocalTime eight = LocalTime.of(8, 0);
        LocalTime ten = LocalTime.of(22, 0);
        return Stream.of(
                plan("everything", venue, STARTS, ENDS, eight, ten),
                plan("no venue", null, STARTS, ENDS, eight, ten),
                plan("no hours", venue, STARTS, ENDS, null, null),
                plan("no dates", venue, null, null, eight, ten),
                plan("no end", venue, STARTS, null, eight, ten),
                plan("no start", venue, null, ENDS, eight, ten),
                plan("nothing optional", null, null, null, null, null));
    }

    static Arguments plan(String what, Venue venue, LocalDate startsOn, LocalDate endsOn, LocalTime o, LocalTime c) {
        return Arguments.of(
                what, new FairPlan("Hội chợ OCOP", FairKind.FAIR, null, venue, startsOn, endsOn, o, c, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void draftsOnlyAFairWhoseEventsEveryConsumerReads(String what, FairPlan plan) {
        Fair.Change drafted;
        try {
            drafted = Fair.draft("f-1", plan, "so-nong-nghiep-ha-noi", NOW);
        } catch (FairRefusals.InvalidFair refused) {
            assertThat(plan.startsOn() == null || plan.endsOn() == null)
                    .as("only a plan without dates is refused")
                    .isTrue();
            return;
        }
        Fair draft = drafted.fair();
        assertReadable(drafted.event());
        assertReadable(draft.cancel("Hoãn", NOW).event());
        assertReadable(draft.edit(plan, NOW).event());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void refusesToEditAFairIntoOneWithoutDates(String what, FairPlan plan) {
        Fair draft = Fair.draft("f-1", TestPlans.tradeWeek(STARTS, ENDS), "so-nong-nghiep-ha-noi", NOW)
                .fair();
        if (plan.startsOn() == null || plan.endsOn() == null) {
            assertThatThrownBy(() -> draft.edit(plan, NOW)).isInstanceOf(FairRefusals.InvalidFair.class);
        } else {
            assertReadable(draft.edit(plan, NOW).event());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void cancelsADraftStoredWithoutDatesWithoutAnEventNoConsumerCouldRead(String what, FairPlan plan) {
        Fair stored = TestPlans.fair(FairStatus.DRAFT, plan); // as drafts were stored before dates were required

        Fair.Change cancelled = stored.cancel("Hoãn", NOW);

        assertThat(cancelled.fair().status()).isEqualTo(FairStatus.CANCELLED);
        if (plan.startsOn() == null || plan.endsOn() == null) {
            assertThat(cancelled.event()).isNull();
        } else {
            assertReadable(cancelled.event());
        }
    }

    private void assertReadable(FairEvent event) {
        String type = event.getClass().getSimpleName();
        List<String> unmet = ConsumerRequirements.unmetBy(type, json.readTree(json.writeValueAsString(event)));
        assertThat(unmet).as(type).isEmpty();
    }
}
