package vn.ocop.fair.notification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sender's due markers: "due by now" is a regex over the marker alone, exact to the millisecond. */
class DueMarkerTest {

    @Test
    void matchesExactlyTheMarkersDueByNow() {
        Random random = new Random(12);
        for (int i = 0; i < 2_000; i++) {
            long now = Math.abs(random.nextLong() % 9_999_999_999_999L);
            Pattern dueBy = Pattern.compile(DueMarker.dueBy(Instant.ofEpochMilli(now)));
            long[] around = {
                0,
                now - 1_000_000,
                now - 1,
                now,
                now + 1,
                now + 1_000_000,
                Math.abs(random.nextLong() % 9_999_999_999_999L)
            };
            for (long due : around) {
                if (due < 0) {
                    continue;
                }
                String marker = DueMarker.of(Instant.ofEpochMilli(due), "EMAIL", "id-" + due);
                assertThat(dueBy.matcher(marker).find())
                        .as("%s due by %d", marker, now)
                        .isEqualTo(due <= now);
            }
        }
    }

    @Test
    void sortsLikeTheTimesAndNamesTheChannel() {
        String earlier = DueMarker.of(Instant.ofEpochMilli(999), "WEBHOOK", "b");
        String later = DueMarker.of(Instant.parse("2026-05-21T02:00:00Z"), "EMAIL", "a");

        assertThat(earlier).isEqualTo("0000000000999|WEBHOOK|b").isLessThan(later);
        assertThat(Pattern.compile(DueMarker.ofChannel("EMAIL")).matcher(later).find())
                .isTrue();
        assertThat(Pattern.compile(DueMarker.ofChannel("EMAIL"))
                        .matcher(earlier)
                        .find())
                .isFalse();
    }
}
