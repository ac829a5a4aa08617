package vn.ocop.fair.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three dashboards as Grafana provisions them; whether their metrics exist is the system tests' part. */
class DashboardsTest {

    private final ObservabilityQueries files = new ObservabilityQueries(Repository.ROOT);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theThreeDashboardsOfTheIssueAreProvisioned() throws Exception {
        Set<String> titles = new HashSet<>();
        for (Path file : files.dashboards()) {
            titles.add(json.readTree(file.toFile()).path("title").asString());
        }

        assertThat(titles)
                .containsExactlyInAnyOrder(
                        "OCOP Fair - Fair command centre", "OCOP Fair - Services", "OCOP Fair - Event pipeline");
        String provider = Files.readString(files.observability().resolve("grafana/provisioning/dashboards/ocop.yml"));
        assertThat(provider).contains("type: file", "path: ${DASHBOARDS_DIR}");
        String datasource =
                Files.readString(files.observability().resolve("grafana/provisioning/datasources/prometheus.yml"));
        assertThat(datasource).contains("uid: prometheus", "type: prometheus");
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheusAndHasUniqueIdAndDescription() throws Exception {
        for (Path file : files.dashboards()) {
            JsonNode dashboard = json.readTree(file.toFile());
            Set<Integer> ids = new HashSet<>();
            assertThat(dashboard.path("uid").asString()).isNotBlank();
            for (JsonNode panel : dashboard.path("panels")) {
                String title = file.getFileName() + " / " + panel.path("title").asString();
                assertThat(ids.add(panel.path("id").asInt()))
                        .as("unique id: %s", title)
                        .isTrue();
                assertThat(panel.path("description").asString()).as(title).isNotBlank();
                assertThat(panel.path("datasource").path("uid").asString())
                        .as(title)
                        .isEqualTo("prometheus");
                assertThat(panel.path("targets").size()).as(title).isPositive();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(PromQl.metricNames(target.path("expr").asString()))
                            .as("%s queries a metric", title)
                            .isNotEmpty();
                }
            }
        }
    }

    @Test
    void theDashboardsAndRulesWatchTheFairsOrdersAndNotifications() {
        assertThat(files.metricNamesNeeded())
                .contains(
                        "ocop_fairs",
                        "ocop_fair_booths",
                        "ocop_fair_applications",
                        "ocop_fair_waitlist",
                        "ocop_orders_total",
                        "ocop_order_value_vnd_total",
                        "ocop_saga_latency_seconds_bucket",
                        "ocop_orders_idempotent_replays_total",
                        "ocop_order_units_total",
                        "ocop_flash_deal_units_left",
                        "ocop_notifications_total",
                        "ocop_notification_delivery_latency_seconds_bucket",
                        "ocop_notifications_pending");
    }
}
