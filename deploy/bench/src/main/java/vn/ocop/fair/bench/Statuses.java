package vn.ocop.fair.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** How many answers of each HTTP status a phase got; 0 = no answer (time-out, broken connection). */
final class Statuses {

    private final Map<Integer, LongAdder> counts = new ConcurrentHashMap<>();

    void add(int status) {
        counts.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** The statuses other than {@code expected}, e.g. {@code 503×169 0×2}; empty when there were none. */
    String unexpected(int expected) {
        return new TreeMap<>(counts)
                .entrySet().stream()
                        .filter(e -> e.getKey() != expected)
                        .map(e -> String.format(
                                Locale.ROOT, "%d×%,d", e.getKey(), e.getValue().sum()))
                        .collect(Collectors.joining(" "));
    }
}
