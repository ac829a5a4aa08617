package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;
import static vn.ocop.fair.event.ExhibitorFixtures.tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.ExhibitorIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/** The booths, applications and waitlist gauges as Prometheus scrapes them. */
class ExhibitorMetricsTest extends ExhibitorIntegrationTest {

    @Autowired
    ExhibitorMetrics metrics;

    @Test
    void reportsBoothsPerStatusAndTheWaitlistOfEachFairStillRunning() {
        String fair = fixtures.fair();
        String closed = fixtures.fair();
        fixtures.booths(fair, "A", 3);
        fixtures.booths(closed, "A", 2);
        fixtures.holding(fair, "A-01", "htx-a");
        expect(
                fixtures.send(
                        "PATCH", "/api/fairs/" + fair + "/booths/A-03", "{\"blocked\":true}", tokens().organiser()),
                200);
        expect(fixtures.decide(fair, fixtures.apply(fair, "htx-b"), "WAITLISTED"), 200);
        fixtures.setFairStatus(closed, "CLOSED");

        metrics.refresh();

        String scrape = expect(
                        fixtures.send(
                                "GET",
                                "/actuator/prometheus",
                                null,
                                TestTokens.shared().operator()),
                        200)
                .body();
        assertThat(scrape)
                .contains(booths(fair, "available") + " 1.0")
                .contains(booths(fair, "reserved") + " 1.0") // assigned for the fair, which starts later
                .contains(booths(fair, "assigned") + " 0.0")
                .contains(booths(fair, "blocked") + " 1.0")
                .contains("ocop_fair_waitlist{application=\"event-service\",fair=\"" + fair + "\"} 1.0")
                .contains("ocop_fair_applications{application=\"event-service\",status=\"WAITLISTED\"}")
                .contains("ocop_fair_applications{application=\"event-service\",status=\"APPROVED\"}")
                .doesNotContain("fair=\"" + closed + "\"");
    }

    private static String booths(String fair, String status) {
        return "ocop_fair_booths{application=\"event-service\",fair=\"" + fair + "\",status=\"" + status + "\"}";
    }
}
