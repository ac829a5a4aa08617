package vn.ocop.fair.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;

/**
 * Did every decided order reach its customer exactly once on each channel? The customer of a
 * CONFIRMED order gets {@code ORDER_CONFIRMED}, of a REJECTED one {@code ORDER_REJECTED}, in the app
 * and by e-mail (the order's contact address). Progress is read from notification-service's own
 * counter ({@code ocop_notifications_total{outcome="created"}}, cheap); the verdict from its
 * {@code notifications} collection: the customer's messages of that type whose subject names the
 * order's reference (the first 8 characters of its id), counted per channel.
 */
final class NotificationCheck {

    static final List<String> CHANNELS = List.of("IN_APP", "EMAIL");
    private static final List<String> TYPES = List.of("ORDER_CONFIRMED", "ORDER_REJECTED");

    private final Http http;
    private final String prometheusUrl;
    private final MongoCollection<Document> notifications;
    private final String customerPrefix;
    private final double baseline;

    NotificationCheck(Http http, String notificationUrl, MongoDatabase notificationDatabase, String customerPrefix)
            throws IOException, InterruptedException {
        this.http = http;
        this.prometheusUrl = notificationUrl + "/actuator/prometheus";
        this.notifications = notificationDatabase.getCollection("notifications");
        this.customerPrefix = customerPrefix;
        this.baseline = created();
    }

    /** Order decisions told to customers (both channels) since the bench began, by the service's counter. */
    double createdSinceStart() throws IOException, InterruptedException {
        return created() - baseline;
    }

    private double created() throws IOException, InterruptedException {
        String text = http.send(Http.get(prometheusUrl, null)).body();
        return PrometheusText.sum(
                text,
                "ocop_notifications_total",
                labels -> labels.contains("outcome=\"created\"")
                        && (labels.contains("type=\"ORDER_CONFIRMED\"") || labels.contains("type=\"ORDER_REJECTED\"")));
    }

    /** Waits until the counter shows {@code expected} messages; returns the seconds it took, or -1. */
    double awaitCreated(long expected, Duration timeout) throws IOException, InterruptedException {
        Progress progress = new Progress("notifications");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            double created = createdSinceStart();
            if (created >= expected) {
                return progress.seconds();
            }
            progress.maybe(() -> String.format(Locale.ROOT, "%,.0f of %,d stored", created, expected));
            Thread.sleep(1_000);
        }
        return -1;
    }

    static long expectedMessages(Collection<Placement> decided) {
        return decided.size() * (long) CHANNELS.size();
    }

    /** What is wrong, one line per kind of fault with a few examples; empty when every order got exactly one per channel. */
    List<String> verify(Collection<Placement> decided) {
        Map<String, Integer> found = new HashMap<>();
        for (Document n : notifications
                .find(and(regex("recipient", "^customer:" + customerPrefix), in("type", TYPES)))
                .projection(Projections.include("recipient", "channel", "type", "subject"))) {
            String subject = n.getString("subject");
            String ref = reference(subject);
            found.merge(
                    n.getString("recipient") + "|" + n.getString("type") + "|" + ref + "|" + n.getString("channel"),
                    1,
                    Integer::sum);
        }
        Map<String, Integer> expected = new HashMap<>();
        for (Placement p : decided) {
            String type = "REJECTED".equals(p.status) ? "ORDER_REJECTED" : "ORDER_CONFIRMED";
            expected.merge("customer:" + p.customer + "|" + type + "|" + orderRef(p.orderId), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            for (String channel : CHANNELS) {
                int got = found.getOrDefault(e.getKey() + "|" + channel, 0);
                if (got < e.getValue()) {
                    missing.add(e.getKey() + " on " + channel);
                } else if (got > e.getValue()) {
                    extra.add(e.getKey() + " on " + channel + " x" + got);
                }
            }
        }
        List<String> faults = new ArrayList<>();
        fault(faults, missing, "were not notified on a channel");
        fault(faults, extra, "were notified more than once on a channel");
        return faults;
    }

    /** A fault when there are such {@code decisions}: how many, with up to three of them. */
    private static void fault(List<String> faults, List<String> decisions, String what) {
        if (!decisions.isEmpty()) {
            faults.add(String.format(
                    Locale.ROOT,
                    "%,d order decisions %s, e.g. %s",
                    decisions.size(),
                    what,
                    decisions.subList(0, Math.min(3, decisions.size()))));
        }
    }

    /** As notification-service's {@code Formats.orderRef}: the id without dashes, 8 characters, upper case. */
    static String orderRef(String orderId) {
        String compact = orderId.replace("-", "");
        return compact.substring(0, Math.min(8, compact.length())).toUpperCase(Locale.ROOT);
    }

    /** The first word of 8 upper-case hexadecimal characters in a subject ("Đơn hàng 1A2B3C4D đã được xác nhận"). */
    static String reference(String subject) {
        if (subject == null) {
            return "";
        }
        for (String word : subject.split("\\s+")) {
            if (word.matches("[0-9A-F]{8}")) {
                return word;
            }
        }
        return "";
    }
}
