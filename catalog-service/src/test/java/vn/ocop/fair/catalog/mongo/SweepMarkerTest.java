package vn.ocop.fair.catalog.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SweepMarkerTest {

    static final SweepMarker MARKER = new SweepMarker("due");

    @Test
    void aMarkerIsItsDueMomentZeroPaddedThenTheId() {
        assertThat(MARKER.value(Instant.ofEpochMilli(1_779_300_000_123L), "o-1"))
                .isEqualTo("1779300000123|o-1");
        assertThat(MARKER.value(Instant.ofEpochMilli(42), "o-2")).isEqualTo("0000000000042|o-2");
        assertThat(MARKER.due(new Document("due", "1779300000123|o-1")))
                .isEqualTo(Instant.ofEpochMilli(1_779_300_000_123L));
    }

    @Test
    void dueByMatchesExactlyTheMarkersDueAtOrBeforeTheMoment() {
        Random random = new Random(12);
        for (int i = 0; i < 2_000; i++) {
            long by = random.nextLong(1L, 4_000_000_000_000L);
            long due = switch (i % 4) {
                case 0 -> by;
                case 1 -> by - 1 - random.nextInt(1_000);
                case 2 -> by + 1 + random.nextInt(1_000);
                default -> random.nextLong(0L, 4_000_000_000_000L);
            };
            Pattern dueBy = Pattern.compile(SweepMarker.atOrBelow(
                    MARKER.value(Instant.ofEpochMilli(by), "").substring(0, 13)));
            String marker = MARKER.value(Instant.ofEpochMilli(due), "order-" + i);

            assertThat(dueBy.matcher(marker).find()).as("%d due by %d", due, by).isEqualTo(due <= by);
        }
    }
}
