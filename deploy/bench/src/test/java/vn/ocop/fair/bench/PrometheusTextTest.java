package vn.ocop.fair.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String EXPOSITION = """
            # HELP ocop_notifications_total Notifications by channel, type and outcome
            # TYPE ocop_notifications_total counter
            ocop_notifications_total{application="notification-service",channel="EMAIL",outcome="created",type="ORDER_CONFIRMED"} 12.0
            ocop_notifications_total{application="notification-service",channel="IN_APP",outcome="created",type="ORDER_CONFIRMED"} 12.0
            ocop_notifications_total{application="notification-service",channel="IN_APP",outcome="sent",type="ORDER_CONFIRMED"} 12.0
            ocop_notifications_total_other{channel="EMAIL",outcome="created"} 100.0
            ocop_up 1.0
            """;

    @Test
    void sumsTheSamplesWhoseLabelsMatch() {
        assertThat(PrometheusText.sum(
                        EXPOSITION, "ocop_notifications_total", labels -> labels.contains("outcome=\"created\"")))
                .isEqualTo(24.0);
    }

    @Test
    void readsAMetricWithoutLabels() {
        assertThat(PrometheusText.sum(EXPOSITION, "ocop_up", labels -> true)).isEqualTo(1.0);
    }
}
