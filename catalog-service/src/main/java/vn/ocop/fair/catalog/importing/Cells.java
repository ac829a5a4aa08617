package vn.ocop.fair.catalog.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The typed cells of one row; a bad cell adds an error naming its column instead of stopping the row. */
final class Cells {

    private static final Pattern STARS =
            Pattern.compile("(\\d{1,2})\\s*(?:sao|★|⭐|\\*|stars?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_SUFFIX =
            Pattern.compile("(?:₫|vnđ|vnd|đồng|dong|đ)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRICE = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})(?:\\1\\d{3})*|\\d{1,10}");
    private static final Pattern URL = Pattern.compile("https?://\\S{1,490}");
    private static final Pattern PHONE = Pattern.compile("[0-9+ .()-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    static final long MAX_PRICE_VND = 1_000_000_000L;
    static final int MAX_IMAGES = 10;

    private final Header header;
    private final CsvRecord record;
    private final List<RowError> errors = new ArrayList<>();

    Cells(Header header, CsvRecord record) {
        this.header = header;
        this.record = record;
    }

    /** A cell as stored: composed Unicode (NFC), no surrounding or non-breaking spaces. */
    static String clean(String raw) {
        return Normalizer.normalize(raw.replace('\u00A0', ' '), Normalizer.Form.NFC)
                .strip();
    }

    /** The text of an optional column, or null when blank. */
    String text(Column column, int maxLength) {
        String text = header.cell(record, column);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            error(column, "is longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    String required(Column column, int maxLength) {
        String text = text(column, maxLength);
        if (text == null && header.cell(record, column).isEmpty()) {
            error(column, "is required");
        }
        return text;
    }

    /** An optional cell read by {@code parser}; {@code expected} says what a good one looks like. */
    <T> T parsed(Column column, boolean required, Function<String, Optional<T>> parser, String expected) {
        String text = header.cell(record, column);
        if (text.isEmpty()) {
            if (required) {
                error(column, "is required: " + expected);
            }
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            error(column, "\"" + text + "\" is not " + expected);
        }
        return value.orElse(null);
    }

    Integer stars() {
        return parsed(
                Column.STARS,
                true,
                t -> Optional.of(STARS.matcher(t)).filter(Matcher::matches).map(m -> Integer.valueOf(m.group(1))),
                "a whole number of stars (3, 4 or 5)");
    }

    Long priceVnd() {
        Long price = parsed(Column.PRICE, true, Cells::vnd, "a price in whole đồng, such as 450000 or 450.000");
        if (price != null && (price < 1 || price > MAX_PRICE_VND)) {
            error(Column.PRICE, "must be between 1 and " + MAX_PRICE_VND + " đồng");
            return null;
        }
        return price;
    }

    LocalDate date(Column column, boolean required) {
        return parsed(column, required, Cells::date, "a date such as 12/04/2024 or 2024-04-12");
    }

    String matching(Column column, Pattern pattern, String expected) {
        return parsed(
                column,
                false,
                t -> Optional.of(t).filter(v -> pattern.matcher(v).matches()),
                expected);
    }

    String phone() {
        return matching(Column.PHONE, PHONE, "a phone number");
    }

    String email() {
        String email = matching(Column.EMAIL, EMAIL, "an e-mail address");
        if (email != null && email.length() > 200) {
            error(Column.EMAIL, "is longer than 200 characters");
            return null;
        }
        return email;
    }

    /** Image URLs separated by spaces, "|", ";" or ","; null when blank. */
    List<String> images() {
        String text = header.cell(record, Column.IMAGES);
        if (text.isEmpty()) {
            return null;
        }
        List<String> urls =
                Arrays.stream(text.split("[\\s|;,]+")).filter(u -> !u.isEmpty()).toList();
        if (urls.size() > MAX_IMAGES
                || !urls.stream().allMatch(u -> URL.matcher(u).matches())) {
            error(Column.IMAGES, "must be at most " + MAX_IMAGES + " http(s) URLs separated by spaces or |");
            return null;
        }
        return urls;
    }

    void error(Column column, String message) {
        errors.add(new RowError(record.row(), header.nameOf(column), message));
    }

    void rowError(String message) {
        errors.add(new RowError(record.row(), null, message));
    }

    List<RowError> errors() {
        return errors;
    }

    static Optional<Long> vnd(String text) {
        String bare = PRICE_SUFFIX.matcher(text.replaceAll("\\s", "")).replaceAll("");
        if (!PRICE.matcher(bare).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(bare.replaceAll("[.,]", "")));
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
