package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of a field that puts an order in one of the sweeper's sets: {@code
 * "<13-digit epoch millis>|<order id>"}, unique by construction and ordered as its time. The field
 * has a sparse unique index and exists only while the order is in the set, so the sweeper reads
 * that index's entries, never the whole collection.
 */
final class SweepMarker {

    static final int DIGITS = 13; // epoch millis up to the year 2286

    private SweepMarker() {}

    static String of(Instant at, String orderId) {
        return String.format("%0" + DIGITS + "d|%s", Math.max(0, at.toEpochMilli()), orderId);
    }

    /**
     * A regular expression matching exactly the markers whose time is before {@code bound}, or
     * empty if none can be: one alternative per digit, "the digits before it equal to the bound's,
     * this one smaller". A pattern on the indexed field is what the embedded wire server answers
     * from the index (it walks the index keys; a range query would read every document).
     */
    static Optional<String> before(Instant bound) {
        long millis = bound.toEpochMilli();
        if (millis <= 0) {
            return Optional.empty();
        }
        String digits = String.format("%0" + DIGITS + "d", Math.min(millis, maxMillis()));
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < DIGITS; i++) {
            char digit = digits.charAt(i);
            if (digit > '0') {
                alternatives.add(digits.substring(0, i) + (digit == '1' ? "0" : "[0-" + (char) (digit - 1) + "]"));
            }
        }
        return Optional.of("^(?:" + String.join("|", alternatives) + ")");
    }

    private static long maxMillis() {
        return (long) Math.pow(10, DIGITS) - 1;
    }
}
