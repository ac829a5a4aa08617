package vn.ocop.fair.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.template.Formats;

/**
 * How a recipient wants to hear from us.
 *
 * @param email where e-mails go, or null (customers then get the order's contact address)
 * @param language {@code vi} (default) or {@code en}
 * @param channels EMAIL and/or IN_APP
 * @param quietFrom start of quiet hours (local time, Asia/Ho_Chi_Minh), or null for none
 * @param quietUntil end of quiet hours
 */
public record Preference(
        String email, String language, Set<Channel> channels, LocalTime quietFrom, LocalTime quietUntil) {

    public static final Preference DEFAULT =
            new Preference(null, "vi", Set.of(Channel.EMAIL, Channel.IN_APP), LocalTime.of(22, 0), LocalTime.of(7, 0));

    /** When a non-urgent e-mail may go out: now, or the end of the quiet hours now falls in. */
    public Instant deferUntil(Instant now) {
        if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            return now;
        }
        ZonedDateTime local = now.atZone(Formats.LOCAL_TIME);
        LocalTime time = local.toLocalTime();
        boolean overnight = quietFrom.isAfter(quietUntil);
        boolean quiet = overnight
                ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(quietUntil);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
