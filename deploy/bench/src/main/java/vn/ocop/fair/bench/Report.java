package vn.ocop.fair.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The passes side by side, one row per figure, with the change from the first pass to the last. */
final class Report {

    private record Row(String label, Function<PassFigures, String> text, ToDoubleFunction<PassFigures> value) {}

    private static final List<Row> ROWS = new ArrayList<>();

    static {
        row(
                "stored orders at the start of the pass",
                p -> String.format(Locale.ROOT, "%,d", p.storedOrders),
                p -> p.storedOrders);
        closed("GET product, direct (catalog)", p -> p.getDirect);
        closed("GET product, through the gateway", p -> p.getGateway);
        ratio("  gateway / direct", p -> p.getGateway, p -> p.getDirect);
        closed("POST /api/orders, direct (order-service)", p -> p.postDirect);
        closed("POST /api/orders, through the gateway", p -> p.postGateway);
        ratio("  gateway / direct", p -> p.postGateway, p -> p.postDirect);
        closed("raw driver insertOne, same wire server", p -> p.rawInsert);
        ratio("  POST direct / raw insertOne", p -> p.postDirect, p -> p.rawInsert);
        row(
                "saturation: placed orders/s",
                p -> p.saturation,
                s -> String.format(Locale.ROOT, "%,.0f/s", s.placedPerSecond()),
                Saturation.Result::placedPerSecond);
        row(
                "saturation: decided (final) orders/s",
                p -> p.saturation,
                s -> String.format(
                        Locale.ROOT,
                        "%,.0f/s (%.0f%% of placed)",
                        s.decidedPerSecond(),
                        100 * s.decidedPerSecond() / s.placedPerSecond()),
                Saturation.Result::decidedPerSecond);
        row(
                "saturation: last order decided after",
                p -> p.saturation,
                s -> String.format(Locale.ROOT, "+%.1f s", s.drainSeconds()),
                Saturation.Result::drainSeconds);
        row(
                "open loop: offered / placed",
                p -> p.saga,
                saga -> String.format(
                        Locale.ROOT,
                        "%d/s for %.0f s, %,d placed, %,d errors",
                        saga.offered().rate(),
                        saga.offered().offered() / (double) saga.offered().rate(),
                        saga.offered().placed(),
                        saga.offered().failed()),
                saga -> Double.NaN);
        latency(
                "open loop: POST from due time p50",
                p -> p.saga == null ? null : p.saga.offered().postFromDue(),
                50);
        latency(
                "open loop: POST from due time p99",
                p -> p.saga == null ? null : p.saga.offered().postFromDue(),
                99);
        latency("saga due → decided p50", p -> p.saga == null ? null : p.saga.dueToDecided(), 50);
        latency("saga due → decided p95", p -> p.saga == null ? null : p.saga.dueToDecided(), 95);
        latency("saga due → decided p99", p -> p.saga == null ? null : p.saga.dueToDecided(), 99);
        row(
                "flash sale: buyers → sold (at deal price)",
                p -> p.flash,
                f -> String.format(
                        Locale.ROOT, "%,d → %,d of %,d (%,d)", f.buyers(), f.confirmed(), f.units(), f.dealUnits()),
                f -> Double.NaN);
        row(
                "flash sale: settled (race start → last decided)",
                p -> p.flash,
                f -> Double.isNaN(f.settledSeconds())
                        ? "not settled"
                        : String.format(Locale.ROOT, "%.1f s", f.settledSeconds()),
                FlashSale.Result::settledSeconds);
        row(
                "flash sale: orders sent in / POST p99",
                p -> p.flash,
                f -> String.format(
                        Locale.ROOT,
                        "%.1f s / %s",
                        f.sendSeconds(),
                        Latencies.ms(f.post().millis(99))),
                FlashSale.Result::sendSeconds);
    }

    private Report() {}

    private static void row(String label, Function<PassFigures, String> text, ToDoubleFunction<PassFigures> value) {
        ROWS.add(new Row(label, text, value));
    }

    /** A row of one part of a pass (saturation, open loop, flash sale): "-" and no value where the pass had none. */
    private static <T> void row(
            String label, Function<PassFigures, T> part, Function<T, String> text, ToDoubleFunction<T> value) {
        row(
                label,
                p -> part.apply(p) == null ? "-" : text.apply(part.apply(p)),
                p -> part.apply(p) == null ? Double.NaN : value.applyAsDouble(part.apply(p)));
    }

    private static void closed(String label, Function<PassFigures, ClosedLoop.Result> result) {
        row(
                label,
                p -> {
                    ClosedLoop.Result r = result.apply(p);
                    return r == null
                            ? "-"
                            : String.format(
                                    Locale.ROOT,
                                    "%,.0f/s p50 %s p99 %s%s",
                                    r.perSecond(),
                                    Latencies.ms(r.latency().millis(50)),
                                    Latencies.ms(r.latency().millis(99)),
                                    r.failed() > 0 ? String.format(Locale.ROOT, " (%,d err)", r.failed()) : "");
                },
                p -> result.apply(p) == null ? Double.NaN : result.apply(p).perSecond());
    }

    private static void ratio(
            String label,
            Function<PassFigures, ClosedLoop.Result> top,
            Function<PassFigures, ClosedLoop.Result> bottom) {
        ToDoubleFunction<PassFigures> value = p -> top.apply(p) == null || bottom.apply(p) == null
                ? Double.NaN
                : top.apply(p).perSecond() / bottom.apply(p).perSecond();
        row(
                label,
                p -> Double.isNaN(value.applyAsDouble(p))
                        ? "-"
                        : String.format(Locale.ROOT, "%.0f%%", 100 * value.applyAsDouble(p)),
                value);
    }

    private static void latency(String label, Function<PassFigures, Latencies> latencies, double percentile) {
        row(
                label,
                p -> latencies.apply(p) == null
                        ? "-"
                        : Latencies.ms(latencies.apply(p).millis(percentile)),
                p -> latencies.apply(p) == null
                        ? Double.NaN
                        : latencies.apply(p).millis(percentile));
    }

    static void print(List<PassFigures> passes, PrintStream out) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-48s", ""));
        for (PassFigures p : passes) {
            header.append(String.format(Locale.ROOT, " | %-40s", p.name));
        }
        if (passes.size() > 1) {
            header.append(" | change");
        }
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Row row : ROWS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-48s", row.label()));
            for (PassFigures p : passes) {
                line.append(String.format(Locale.ROOT, " | %-40s", row.text().apply(p)));
            }
            if (passes.size() > 1) {
                double first = row.value().applyAsDouble(passes.get(0));
                double last = row.value().applyAsDouble(passes.get(passes.size() - 1));
                line.append(" | ").append(change(first, last));
            }
            out.println(line.toString().stripTrailing());
        }
        for (PassFigures p : passes) {
            for (String note : p.notes) {
                out.println("  note (" + p.name + "): " + note);
            }
        }
    }

    static String change(double first, double last) {
        if (Double.isNaN(first) || Double.isNaN(last) || first == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%+.0f%%", 100 * (last / first - 1));
    }
}
