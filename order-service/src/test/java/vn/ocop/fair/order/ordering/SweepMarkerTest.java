package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The sweeper's "before" pattern selects exactly the markers whose time is earlier than the bound. */
class SweepMarkerTest {

    @Property(tries = 2000)
    void thePatternMatchesAMarkerExactlyWhenItsTimeIsBeforeTheBound(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long marked,
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long bound) {
        String marker = SweepMarker.of(Instant.ofEpochMilli(marked), "order-1");

        boolean matches = SweepMarker.before(Instant.ofEpochMilli(bound))
                .map(p -> Pattern.compile(p).matcher(marker).find())
                .orElse(false);

        assertThat(matches).as("%d before %d", marked, bound).isEqualTo(marked < bound);
    }

    @Property(tries = 500)
    void timesCloseToTheBoundFallOnTheRightSide(
            @ForAll @LongRange(min = 1, max = 4_102_444_800_000L) long bound,
            @ForAll @LongRange(min = -3, max = 3) long offset) {
        long marked = Math.max(0, bound + offset);
        String marker = SweepMarker.of(Instant.ofEpochMilli(marked), "order-1");

        boolean matches = Pattern.compile(
                        SweepMarker.before(Instant.ofEpochMilli(bound)).orElseThrow())
                .matcher(marker)
                .find();

        assertThat(matches).isEqualTo(marked < bound);
    }

    @Example
    void markersAreZeroPaddedSoTheyOrderAsTheirTimes() {
        assertThat(SweepMarker.of(Instant.ofEpochMilli(42), "abc")).isEqualTo("0000000000042|abc");
        assertThat(SweepMarker.of(Instant.parse("2026-05-22T12:30:00Z"), "abc")).isEqualTo("1779453000000|abc");
    }
}
