package vn.ocop.fair.bench;

import java.util.Locale;
import java.util.function.Supplier;

/** A line every ten seconds during a long phase, so a run never looks stuck. */
final class Progress {

    private static final long EVERY = 10_000_000_000L;

    private final String what;
    private final long start = System.nanoTime();
    private long last = start;

    Progress(String what) {
        this.what = what;
    }

    void maybe(Supplier<String> status) {
        long now = System.nanoTime();
        if (now - last >= EVERY) {
            last = now;
            System.out.printf(Locale.ROOT, "    … %s, %3.0f s: %s%n", what, (now - start) / 1e9, status.get());
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
