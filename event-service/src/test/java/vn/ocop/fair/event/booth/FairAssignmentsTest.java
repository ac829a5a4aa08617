package vn.ocop.fair.event.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.fair.event.CommonRefusals;

/** The assignment rules of one fair: no booth double-booked, at most {@code boothsPerProducer} booths per producer at once. */
class FairAssignmentsTest {

    static final Instant DAY1 = Instant.parse("2026-05-21T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");
    static final Booth A01 = booth("A-01");
    static final Booth A02 = booth("A-02");
    static final Booth A03 = booth("A-03");

    /** Hours after the first opening; the held period of A-01 is hours 10–20. */
    @ParameterizedTest(name = "[{0}, {1}) against [10, 20): {2}")
    @CsvSource({
        "0, 10, free, touching before",
        "20, 30, free, touching after",
        "0, 5, free, wholly before",
        "25, 30, free, wholly after",
        "5, 15, taken, overlapping the start",
        "15, 25, taken, overlapping the end",
        "12, 18, taken, nested inside",
        "5, 25, taken, containing it",
        "10, 20, taken, the same period",
        "10, 11, taken, sharing the start",
        "19, 20, taken, sharing the end"
    })
    void boothIsNeverDoubleBookedForOverlappingPeriods(int from, int to, String expected, String description) {
        FairAssignments held =
                FairAssignments.none("f-1").assign(A01, "htx-a", "app-a", List.of("p-1"), hours(10, 20), 2, NOW);

        if (expected.equals("free")) {
            FairAssignments next = held.assign(A01, "htx-b", "app-b", List.of("p-2"), hours(from, to), 2, NOW);
            assertThat(next.ofBooth("A-01")).hasSize(2);
        } else {
            assertThatThrownBy(() -> held.assign(A01, "htx-b", "app-b", List.of("p-2"), hours(from, to), 2, NOW))
                    .isInstanceOf(BoothRefusals.BoothAlreadyAssigned.class)
                    .hasMessageContaining("A-01");
        }
    }

    @Test
    void letsAProducerHoldTwoBoothsAtOnce() {
        FairAssignments two = twoBoothsHeld();

        assertThat(two.all()).extracting(Assignment::boothCode).containsExactlyInAnyOrder("A-01", "A-02");
    }

    @Test
    void refusesAThirdBoothAtTheSameTime() {
        FairAssignments two = twoBoothsHeld();

        assertThatThrownBy(() -> two.assign(A03, "htx-a", "app-a", List.of(), hours(15, 25), 2, NOW))
                .isInstanceOf(BoothRefusals.BoothLimitReached.class)
                .hasMessageContaining("A-01")
                .hasMessageContaining("A-02")
                .hasMessageContaining("at most 2 booth(s) per producer at the same time");
    }

    /** Hours after the first opening; are both held for hours 10–20. */
    @ParameterizedTest(name = "[{0}, {1}) against two booths over [10, 20): {2}")
    @CsvSource({
        "0, 10, free, touching before",
        "20, 30, free, touching after",
        "5, 11, refused, overlapping the start",
        "19, 25, refused, overlapping the end",
        "12, 18, refused, nested inside",
        "5, 25, refused, containing them"
    })
    void aThirdBoothIsRefusedOnlyWhileTheOtherTwoAreHeld(int from, int to, String expected, String description) {
        FairAssignments two = twoBoothsHeld();

        if (expected.equals("free")) {
            assertThat(two.assign(A03, "htx-a", "app-a", List.of(), hours(from, to), 2, NOW)
                            .all())
                    .hasSize(3);
        } else {
            assertThatThrownBy(() -> two.assign(A03, "htx-a", "app-a", List.of(), hours(from, to), 2, NOW))
                    .isInstanceOf(BoothRefusals.BoothLimitReached.class);
        }
    }

    @Test
    void countsTheBoothsHeldAtTheSameMomentNotEveryBoothOverlappingThePeriod() {
        FairAssignments oneAfterTheOther = FairAssignments.none("f-1")
                .assign(A01, "htx-a", "app-a", List.of(), hours(0, 10), 2, NOW)
                .assign(A02, "htx-a", "app-a", List.of(), hours(10, 20), 2, NOW);

        assertThat(oneAfterTheOther
                        .assign(A03, "htx-a", "app-a", List.of(), hours(5, 15), 2, NOW)
                        .all())
                .hasSize(3);
    }

    @Test
    void withALimitOfOneAProducerMovesFromBoothToBoothButNeverHoldsTwo() {
        FairAssignments one =
                FairAssignments.none("f-1").assign(A01, "htx-a", "app-a", List.of(), hours(0, 10), 1, NOW);

        assertThat(one.assign(A02, "htx-a", "app-a", List.of(), hours(10, 20), 1, NOW)
                        .all())
                .hasSize(2);
        assertThat(one.assign(A01, "htx-a", "app-a", List.of(), hours(20, 30), 1, NOW)
                        .ofBooth("A-01"))
                .hasSize(2);
        assertThatThrownBy(() -> one.assign(A02, "htx-a", "app-a", List.of(), hours(5, 15), 1, NOW))
                .isInstanceOf(BoothRefusals.BoothLimitReached.class)
                .hasMessageContaining("A-01");
    }

    @Test
    void theLimitIsEachProducersOwn() {
        FairAssignments two = twoBoothsHeld();

        assertThat(two.assign(A03, "htx-b", "app-b", List.of(), hours(10, 20), 2, NOW)
                        .all())
                .hasSize(3);
    }

    @Test
    void twoBoothsAtOnceStillMeansNoBoothDoubleBooked() {
        FairAssignments held =
                FairAssignments.none("f-1").assign(A01, "htx-a", "app-a", List.of(), hours(10, 20), 2, NOW);

        assertThatThrownBy(() -> held.assign(A01, "htx-a", "app-a", List.of(), hours(15, 25), 2, NOW))
                .isInstanceOf(BoothRefusals.BoothAlreadyAssigned.class);
    }

    @Test
    void refusesABlockedBooth() {
        Booth blocked = new Booth("f-1", "A-09", "Khu A", BoothType.STANDARD, 9, 0, 0, 0, true);

        assertThatThrownBy(() ->
                        FairAssignments.none("f-1").assign(blocked, "htx-a", "app-a", List.of(), hours(0, 10), 2, NOW))
                .isInstanceOf(BoothRefusals.BoothBlocked.class);
    }

    @Test
    void assigningTheSameAgainReplacesTheProductListUnderTheSameId() {
        FairAssignments first =
                FairAssignments.none("f-1").assign(A01, "htx-a", "app-a", List.of("p-1"), hours(0, 10), 2, NOW);
        FairAssignments again = first.assign(A01, "htx-a", "app-a", List.of("p-1", "p-2"), hours(0, 10), 2, NOW);

        assertThat(again.all()).singleElement().satisfies(a -> {
            assertThat(a.assignmentId()).isEqualTo(first.all().get(0).assignmentId());
            assertThat(a.productIds()).containsExactly("p-1", "p-2");
        });
    }

    @Test
    void releasesTheAssignmentOnNowElseTheNextOne() {
        FairAssignments two = FairAssignments.none("f-1")
                .assign(A01, "htx-a", "app-a", List.of(), hours(0, 10), 2, NOW)
                .assign(A01, "htx-b", "app-b", List.of(), hours(10, 20), 2, NOW);

        assertThat(two.toRelease("A-01", null, DAY1.plusSeconds(11 * 3600)))
                .hasValueSatisfying(a -> assertThat(a.producerId()).isEqualTo("htx-b"));
        assertThat(two.toRelease("A-01", null, NOW))
                .hasValueSatisfying(a -> assertThat(a.producerId()).isEqualTo("htx-a"));
        assertThat(two.toRelease("A-02", null, NOW)).isEmpty();
    }

    @Test
    void periodsAreHalfOpen() {
        assertThat(hours(0, 10).overlaps(hours(10, 20))).isFalse();
        assertThat(hours(0, 10).contains(DAY1)).isTrue();
        assertThat(hours(0, 10).contains(DAY1.plusSeconds(10 * 3600))).isFalse();
        assertThatThrownBy(() -> hours(10, 10)).isInstanceOf(CommonRefusals.InvalidRequest.class);
    }

    static Period hours(int from, int to) {
        return new Period(DAY1.plusSeconds(from * 3600L), DAY1.plusSeconds(to * 3600L));
    }

    static Booth booth(String code) {
        return new Booth("f-1", code, "Khu A — Thủ công mỹ nghệ", BoothType.STANDARD, 9, 2_000_000, 0, 0, false);
    }

    /** htx-a holds for hours 10–20: as many booths at once as a producer may (2). */
    private static FairAssignments twoBoothsHeld() {
        return FairAssignments.none("f-1")
                .assign(A01, "htx-a", "app-a", List.of(), hours(10, 20), 2, NOW)
                .assign(A02, "htx-a", "app-a", List.of(), hours(10, 20), 2, NOW);
    }
}
