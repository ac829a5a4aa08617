package vn.ocop.fair.event.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.demo.CatalogueArrival.Verdict;

/** When the demo fairs may be set up: once every exhibitor's products are in and no more arrive. */
class CatalogueArrivalTest {

    static final Instant START = Instant.parse("2026-05-10T03:00:00Z");
    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final Duration QUIET = Duration.ofSeconds(2);

    final CatalogueArrival arrival = new CatalogueArrival(START, PATIENCE, QUIET);

    @Test
    void waitsWhileAnExhibitorHasNoProductsYet() {
        assertThat(arrival.check(at(0), Map.of("htx-a", 3, "htx-b", 0))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(10), Map.of("htx-a", 3, "htx-b", 0))).isEqualTo(Verdict.WAIT);
    }

    @Test
    void waitsWhileProductsKeepArrivingThenIsReadyOnceTheyStop() {
        assertThat(arrival.check(at(1), Map.of("htx-a", 1, "htx-b", 1))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(2), Map.of("htx-a", 2, "htx-b", 1))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(3), Map.of("htx-a", 2, "htx-b", 2))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(4), Map.of("htx-a", 2, "htx-b", 2))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(5), Map.of("htx-a", 2, "htx-b", 2))).isEqualTo(Verdict.READY);
    }

    @Test
    void aCatalogueAlreadyThereIsReadyAfterTheQuietPeriod() {
        assertThat(arrival.check(at(0), Map.of("htx-a", 2))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(2), Map.of("htx-a", 2))).isEqualTo(Verdict.READY);
    }

    @Test
    void givesUpAfterItsPatienceWithWhatIsKnown() {
        assertThat(arrival.check(at(179), Map.of("htx-a", 2, "htx-b", 0))).isEqualTo(Verdict.WAIT);
        assertThat(arrival.check(at(180), Map.of("htx-a", 2, "htx-b", 0))).isEqualTo(Verdict.GIVE_UP);
    }

    static Instant at(int seconds) {
        return START.plusSeconds(seconds);
    }
}
