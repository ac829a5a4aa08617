package vn.ocop.fair.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsMetricsButNotFunctionsLabelsOrKeywords() {
        assertThat(
                        PromQl.metricNames(
                                "histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket{application=~\"$application\",status=~\"5..\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void findsBareSelectorsOnBothSidesOfBinaryOperators() {
        assertThat(
                        PromQl.metricNames(
                                "sum by (group, topic) (spring_cloud_stream_binder_kafka_offset) > 100 and deriv(x_total[10m:1m]) > 0 or up == 0 unless on(job) group_left(instance) ocop:ratio:rate5m / clamp_min(y, 1e-9)"))
                .containsExactlyInAnyOrder(
                        "spring_cloud_stream_binder_kafka_offset", "x_total", "up", "ocop:ratio:rate5m", "y");
    }

    @Test
    void labelValuesInStringsAreNotMetrics() {
        assertThat(
                        PromQl.metricNames(
                                "sum(increase(ocop_events_published_total{type=\"vn.ocop.fair.catalog.CertificateExpiring.v1\"}[1d])) > 10"))
                .containsExactly("ocop_events_published_total");
    }

    @Test
    void dashboardVariablesGetValuesPrometheusAccepts() {
        assertThat(PromQl.forPrometheus("rate(a{fair=~\"$fair\"}[$__rate_interval]) + increase(b[$__range])"))
                .isEqualTo("rate(a{fair=~\".*\"}[1m]) + increase(b[1h])");
    }
}
