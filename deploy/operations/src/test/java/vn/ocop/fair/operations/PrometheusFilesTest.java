package vn.ocop.fair.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Prometheus files as Prometheus itself reads them (promtool), and what operators need in each alert. */
class PrometheusFilesTest {

    private final ObservabilityQueries files = new ObservabilityQueries(Repository.ROOT);
    private final Path prometheus = files.observability().resolve("prometheus");

    @ParameterizedTest
    @ValueSource(strings = {"prometheus.yml", "prometheus-compose.yml"})
    void scrapeConfigurationIsValidAndLoadsTheRules(String config) throws Exception {
        String output = Promtool.run(prometheus, "check", "config", config);

        assertThat(output).contains("SUCCESS").contains("rules found");
    }

    @Test
    void ruleFilesAreValid() throws Exception {
        for (Path rules : files.ruleFiles()) {
            assertThat(Promtool.run(
                            prometheus,
                            "check",
                            "rules",
                            prometheus.relativize(rules).toString()))
                    .contains("SUCCESS");
        }
    }

    @Test
    void alertsFireAsTheirUnitTestsExpect() throws Exception {
        assertThat(Promtool.run(prometheus, "test", "rules", "tests/ocop-alerts.test.yml"))
                .contains("SUCCESS");
    }

    @Test
    void everyAlertHasASummaryARunbookAndASeverity() {
        List<Map<String, Object>> alerts =
                files.rules().stream().filter(r -> r.containsKey("alert")).toList();

        assertThat(alerts)
                .extracting(a -> a.get("alert"))
                .contains(
                        "OrderErrorRateHigh",
                        "SagaLatencyP99High",
                        "ConsumerLagGrowing",
                        "DeadLettersArriving",
                        "CircuitBreakerOpen",
                        "CertificateExpiringWave");
        for (Map<String, Object> alert : alerts) {
            @SuppressWarnings("unchecked")
            Map<String, Object> annotations = (Map<String, Object>) alert.get("annotations");
            @SuppressWarnings("unchecked")
            Map<String, Object> labels = (Map<String, Object>) alert.get("labels");
            assertThat(annotations).as("%s", alert.get("alert")).containsKeys("summary", "runbook");
            assertThat(labels).as("%s", alert.get("alert")).containsKey("severity");
        }
    }
}
