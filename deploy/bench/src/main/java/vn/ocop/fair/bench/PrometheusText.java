package vn.ocop.fair.bench;

import java.util.function.Predicate;

/** Sums the samples of one metric in Prometheus' text format, for those whose labels pass a test. */
final class PrometheusText {

    private PrometheusText() {}

    static double sum(String exposition, String metric, Predicate<String> labels) {
        double total = 0;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(metric)) {
                continue;
            }
            String rest = line.substring(metric.length());
            String labelText = "";
            if (rest.startsWith("{")) {
                int close = rest.indexOf('}');
                labelText = rest.substring(1, close);
                rest = rest.substring(close + 1);
            } else if (!rest.startsWith(" ")) {
                continue; // another metric with this prefix
            }
            if (labels.test(labelText)) {
                total += Double.parseDouble(rest.trim().split(" ")[0]);
            }
        }
        return total;
    }
}
