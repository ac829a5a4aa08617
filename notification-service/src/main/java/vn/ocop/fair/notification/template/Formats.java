package vn.ocop.fair.notification.template;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How money and time read in every message: {@code 1.250.000 ₫}, {@code 21/05/2026 09:00} in Hanoi time. */
public final class Formats {

    public static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {}

    public static String vnd(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(amount) + " ₫";
    }

    /** Date and time in Asia/Ho_Chi_Minh, or empty. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LOCAL_TIME));
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** An order's short reference, as customers read it: the first 8 characters of its id, upper case. */
    public static String orderRef(String orderId) {
        if (orderId == null) {
            return "";
        }
        String compact = orderId.replace("-", "");
        return compact.substring(0, Math.min(8, compact.length())).toUpperCase(Locale.ROOT);
    }
}
