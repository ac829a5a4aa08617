package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;
import vn.ocop.fair.testsupport.TestTokens;

@EventIntegrationTest
class FairMetricsTest {

    @Autowired
    FairsApi api;

    @Autowired
    FairMetrics metrics;

    @Test
    void countsFairsByStatusOnPrometheus() throws Exception {
        metrics.refresh();
        double drafts = gauge(api, "DRAFT");
        double published = gauge(api, "PUBLISHED");

        api.draft(FairsApi.tradeWeek(LocalDate.parse("2034-01-10"), LocalDate.parse("2034-01-11")));
        api.published(LocalDate.parse("2034-01-10"), LocalDate.parse("2034-01-11"));
        metrics.refresh();

        assertThat(gauge(api, "DRAFT")).isEqualTo(drafts + 1);
        assertThat(gauge(api, "PUBLISHED")).isEqualTo(published + 1);
        assertThat(gauge(api, "CANCELLED")).isGreaterThanOrEqualTo(0);
    }

    private static double gauge(FairsApi api, String status) throws Exception {
        String scrape = api.send(
                        "GET", "/actuator/prometheus", null, TestTokens.shared().operator())
                .body();
        Matcher line = Pattern.compile("(?m)^ocop_fairs\\{[^}]*status=\"" + status + "\"[^}]*} (\\S+)$")
                .matcher(scrape);
        assertThat(line.find())
                .as("ocop_fairs{status=%s} in the scrape", status)
                .isTrue();
        return Double.parseDouble(line.group(1));
    }
}
