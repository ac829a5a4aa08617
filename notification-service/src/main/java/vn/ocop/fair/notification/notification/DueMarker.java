package vn.ocop.fair.notification.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sender's working set, kept findable without a scan: every e-mail and webhook call that is
 * not yet SENT or FAILED carries {@code sendDue = "<when, 13-digit epoch millis>|<channel>|<_id>"}
 * (unique by construction, under a sparse unique index), which is removed by the update that
 * takes it out of the set. Strings of equal length sort like their times, so "due by now" is a
 * prefix regex over the marker alone: the embedded server walks only that index's entries, real
 * MongoDB only the sparse index. The marker also names the state a sender saw: an update matching
 * the exact marker it read changes the document only if nobody changed it since.
 */
final class DueMarker {

    static final String FIELD = "sendDue";

    private DueMarker() {}

    static String of(Instant due, String channel, Object id) {
        return String.format(Locale.ROOT, "%013d|%s|%s", Math.max(0, due.toEpochMilli()), channel, id);
    }

    /** A regex matching exactly the markers whose time is at or before {@code now}. */
    static String dueBy(Instant now) {
        String digits = String.format(Locale.ROOT, "%013d", Math.max(0, now.toEpochMilli()));
        List<String> earlier = new ArrayList<>();
        earlier.add(digits + "\\|");
        for (int i = 0; i < digits.length(); i++) {
            char digit = digits.charAt(i);
            if (digit > '0') {
                earlier.add(digits.substring(0, i) + "[0-" + (char) (digit - 1) + "]");
            }
        }
        return "^(?:" + String.join("|", earlier) + ")";
    }

    /** A regex matching the markers of one channel, whenever due. */
    static String ofChannel(String channel) {
        return "^[0-9]{13}\\|" + channel + "\\|";
    }
}
