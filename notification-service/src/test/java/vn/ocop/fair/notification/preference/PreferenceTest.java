package vn.ocop.fair.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.notification.notification.Channel;

class PreferenceTest {

    static final Preference NIGHTS =
            new Preference(null, "vi", Set.of(Channel.EMAIL), LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void holdsAnEmailOfTheLateEveningUntilSevenTheNextMorningHanoiTime() {
        // 23:00 in Hanoi on 20 May → 07:00 on 21 May = 00:00 UTC
        assertThat(NIGHTS.deferUntil(Instant.parse("2026-05-20T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-05-21T00:00:00Z"));
    }

    @Test
    void holdsAnEmailOfTheSmallHoursUntilSevenTheSameMorning() {
        // 03:00 in Hanoi on 21 May
        assertThat(NIGHTS.deferUntil(Instant.parse("2026-05-20T20:00:00Z")))
                .isEqualTo(Instant.parse("2026-05-21T00:00:00Z"));
    }

    @Test
    void sendsAtOnceOutsideTheQuietHours() {
        Instant noon = Instant.parse("2026-05-21T05:00:00Z");
        assertThat(NIGHTS.deferUntil(noon)).isEqualTo(noon);
        assertThat(NIGHTS.deferUntil(Instant.parse("2026-05-21T00:00:00Z")))
                .as("07:00 sharp is awake")
                .isEqualTo(Instant.parse("2026-05-21T00:00:00Z"));
    }

    @Test
    void understandsQuietHoursWithinOneDay() {
        Preference siesta =
                new Preference(null, "vi", Set.of(Channel.EMAIL), LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(siesta.deferUntil(Instant.parse("2026-05-21T05:15:00Z"))) // 12:15
                .isEqualTo(Instant.parse("2026-05-21T06:30:00Z")); // 13:30
        Instant evening = Instant.parse("2026-05-21T12:00:00Z");
        assertThat(siesta.deferUntil(evening)).isEqualTo(evening);
    }

    @Test
    void neverHoldsWithoutQuietHours() {
        Preference none = new Preference(null, "en", Set.of(Channel.EMAIL), null, null);
        Instant late = Instant.parse("2026-05-20T16:00:00Z");
        assertThat(none.deferUntil(late)).isEqualTo(late);
    }
}
