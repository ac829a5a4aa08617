package vn.ocop.fair.event.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Whether the demo exhibitors' products have reached the catalogue read model, decided check by
 * check: ready once every exhibitor has listed products and their number has not grown for {@code
 * quiet} (a producer's last products come a moment later, on other partitions of the topic); past
 * {@code patience} the demo goes ahead with what is known.
 */
final class CatalogueArrival {

    enum Verdict {
        WAIT,
        READY,
        GIVE_UP
    }

    private final Instant giveUpAt;
    private final Duration quiet;
    private long known = -1;
    private Instant grewAt;

    CatalogueArrival(Instant startedAt, Duration patience, Duration quiet) {
        this.giveUpAt = startedAt.plus(patience);
        this.quiet = quiet;
        this.grewAt = startedAt;
    }

    /** @param listedPerExhibitor how many listed products the read model has of each exhibitor */
    Verdict check(Instant now, Map<String, Integer> listedPerExhibitor) {
        long total = listedPerExhibitor.values().stream()
                .mapToLong(Integer::longValue)
                .sum();
        if (total != known) {
            known = total;
            grewAt = now;
        }
        boolean everyExhibitorKnown = listedPerExhibitor.values().stream().allMatch(n -> n > 0);
        if (everyExhibitorKnown && !now.isBefore(grewAt.plus(quiet))) {
            return Verdict.READY;
        }
        return now.isBefore(giveUpAt) ? Verdict.WAIT : Verdict.GIVE_UP;
    }
}
