package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.catalog.reservation.ReservationSagaTest.lines;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.StockedProducts;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.testsupport.TestTokens;

/** Reservations accepted and rejected, their latency, and stock-outs, as Prometheus scrapes them. */
@CatalogIntegrationTest
class ReservationMetricsTest {

    @Autowired
    CatalogApi api;

    @Autowired
    SagaProbe probe;

    @Test
    void countsOutcomesStockOutsAndTimesEachReservation() throws Exception {
        String cakes = new StockedProducts(api).listed("ho-banh-chung-tranh-khuc", "Bánh chưng Tranh Khúc", 2);
        String before = scrape(api);

        String takesAll = UUID.randomUUID().toString();
        OrderEvents.placed(takesAll, lines(cakes, 2)).sendAndWait(null);
        probe.awaitStatus(takesAll, Status.RESERVED);
        String tooLate = UUID.randomUUID().toString();
        OrderEvents.placed(tooLate, lines(cakes, 1)).sendAndWait(null);
        probe.awaitStatus(tooLate, Status.REJECTED);
        String after = scrape(api);

        String accepted = "ocop_stock_reservations_total{application=\"catalog-service\",outcome=\"accepted\"}";
        String rejected = "ocop_stock_reservations_total{application=\"catalog-service\",outcome=\"rejected\"}";
        String stockOuts = "ocop_stock_stockouts_total{application=\"catalog-service\"}";
        String timed = "ocop_stock_reservation_latency_seconds_count{application=\"catalog-service\"}";
        assertThat(value(after, accepted) - value(before, accepted)).isEqualTo(1);
        assertThat(value(after, rejected) - value(before, rejected)).isEqualTo(1);
        assertThat(value(after, stockOuts) - value(before, stockOuts)).isEqualTo(1);
        assertThat(value(after, timed) - value(before, timed)).isEqualTo(2);
        assertThat(after)
                .contains(
                        "ocop_stock_reservation_latency_seconds_bucket{",
                        "ocop_outbox_backlog{application=\"catalog-service\",collection=\"reservations\"}",
                        "ocop_outbox_published_total{application=\"catalog-service\",collection=\"stock\"}");
    }

    private static String scrape(CatalogApi api) throws Exception {
        var answer = api.send(
                "GET", "/actuator/prometheus", null, TestTokens.shared().operator());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
