package vn.ocop.fair.event.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.fair.event.fair.FairPlan;
import vn.ocop.fair.event.fair.TestPlans;

class ProgrammeTest {

    static final FairPlan FAIR = TestPlans.tradeWeek(LocalDate.parse("2030-05-21"), LocalDate.parse("2030-05-25"));

    /** An activity on 22 May 2030, Hanoi time ({@code HH:mm}). */
    static Activity onStage(String stage, String from, String until, String... producers) {
        return activity(
                from + stage, ActivityKind.PERFORMANCE, "Biểu diễn " + from, stage, null, from, until, producers);
    }

    static Activity atBooth(String booth, String from, String until, String... producers) {
        return activity(from + booth, ActivityKind.TASTING, "Thử trà " + from, null, booth, from, until, producers);
    }

    private static Activity activity(
            String id,
            ActivityKind kind,
            String title,
            String stage,
            String booth,
            String from,
            String until,
            String... producers) {
        return new Activity(
                id, kind, title, stage, booth, hanoi(from), hanoi(until), null, List.of(producers), List.of());
    }

    static Instant hanoi(String time) {
        return LocalDate.parse("2030-05-22")
                .atTime(java.time.LocalTime.parse(time))
                .atZone(FairPlan.ZONE)
                .toInstant();
    }

    static Programme with(Activity... activities) {
        return new Programme("f-1", activities.length, List.of(activities));
    }

    @ParameterizedTest(name = "{0}–{1} against 10:00–11:00")
    @CsvSource({"10:30, 11:30", "09:30, 10:30", "10:15, 10:45", "09:00, 12:00", "10:00, 11:00"})
    void refusesAnActivityOverlappingAnotherOnTheSameStage(String from, String until) {
        Programme programme = with(onStage("Sân khấu chính", "10:00", "11:00"));

        assertThatThrownBy(() -> programme.admit(onStage("sân khấu  CHÍNH", from, until)))
                .isInstanceOfSatisfying(ProgrammeRefusals.ActivityOverlap.class, e -> {
                    assertThat(e.type()).isEqualTo("activity-overlap");
                    assertThat(e.getMessage()).contains("stage sân khấu chính is taken by 'Biểu diễn 10:00'");
                });
    }

    @ParameterizedTest(name = "{0}–{1} against 10:00–11:00")
    @CsvSource({"11:00, 12:00", "09:00, 10:00"})
    void admitsAnActivityTouchingAnotherOnTheSameStage(String from, String until) {
        Programme programme = with(onStage("Sân khấu chính", "10:00", "11:00"));

        assertThat(programme.admit(onStage("Sân khấu chính", from, until))).isEmpty();
    }

    @Test
    void refusesAnOverlapAtTheSameBoothButNotOnAnotherStageOrBooth() {
        Programme programme = with(atBooth("A-01", "10:00", "11:00"));

        assertThatThrownBy(() -> programme.admit(atBooth("a-01", "10:30", "10:45")))
                .isInstanceOf(ProgrammeRefusals.ActivityOverlap.class);
        assertThat(programme.admit(atBooth("A-02", "10:00", "11:00"))).isEmpty();
        assertThat(programme.admit(onStage("A-01", "10:00", "11:00"))).isEmpty();
    }

    @Test
    void warnsButAdmitsAProducerBookedInTwoPlacesAtOnce() {
        Programme programme = with(atBooth("A-01", "10:00", "11:00", "htx-lua-van-phuc"));

        List<String> warnings = programme.admit(onStage("Sân khấu chính", "10:30", "11:30", "htx-lua-van-phuc"));

        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("Producer htx-lua-van-phuc is also in 'Thử trà 10:00'");
        assertThat(programme.admit(onStage("Sân khấu chính", "11:00", "12:00", "htx-lua-van-phuc")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2030-05-22T08:00, 2030-05-22T22:00",
        "2030-05-21T08:00, 2030-05-21T09:00",
        "2030-05-25T21:00, 2030-05-25T22:00"
    })
    void fitsWithinTheFairsDaysAndHoursInHanoi(String from, String until) {
        assertThat(FAIR.whyOutsideHours(local(from), local(until))).isNull();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2030-05-22T07:59, 2030-05-22T09:00, outside the fair's hours",
        "2030-05-22T21:00, 2030-05-22T22:01, outside the fair's hours",
        "2030-05-22T21:00, 2030-05-23T09:00, outside the fair's hours",
        "2030-05-20T10:00, 2030-05-20T11:00, not one of the fair's days",
        "2030-05-26T10:00, 2030-05-26T11:00, not one of the fair's days"
    })
    void refusesAnActivityOutsideTheFairsDaysOrHours(String from, String until, String why) {
        assertThat(FAIR.whyOutsideHours(local(from), local(until))).contains(why);
    }

    @ParameterizedTest(name = "{0} on stage {1} at booth {2}, {3}–{4}")
    @CsvSource({
        "WORKSHOP, Sân khấu, A-01, 10:00, 11:00, either on a stage or at a booth",
        "LIVESTREAM, , A-01, 10:00, 11:00, A LIVESTREAM needs its livestream",
        "WORKSHOP, Sân khấu, , 11:00, 11:00, startsAt must be before endsAt"
    })
    void refusesAnActivityBothOnAStageAndAtABoothOrALivestreamWithoutItsPlatform(
            ActivityKind kind, String stage, String booth, String from, String until, String refusal) {
        assertThatThrownBy(() -> activity("a", kind, "x", stage, booth, from, until))
                .isInstanceOf(ProgrammeRefusals.InvalidActivity.class)
                .hasMessageContaining(refusal);
    }

    static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(FairPlan.ZONE).toInstant();
    }
}
