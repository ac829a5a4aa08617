package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fair day on the local run, through the gateway: the demo fairs are scheduled with booths and
 * exhibitors, a customer orders at the open trade week, catalog reserves the stock, the order is
 * confirmed, the customer and the producer are told, an organiser takes the payment.
 */
class FairDayTest {

    static FairDay day;

    @BeforeAll
    static void theSystemRuns() throws Exception {
        day = new FairDay(RunningSystem.get());
    }

    @Test
    void demoFairsAreScheduledInDifferentStatesAndDraftsStayPrivate() throws Exception {
        day.openTradeWeek();
        String publicList = day.get("/api/fairs?size=20", null).body();
        assertThat(publicList)
                .contains("\"status\":\"OPEN\"", "\"status\":\"PUBLISHED\"")
                .contains("OCOP Market — phiên livestream TikTok", "OCOP miền Trung và Tây Nguyên")
                .doesNotContain("\"status\":\"DRAFT\"");
        assertThat(day.get("/api/fairs?size=20", day.token("bantochuc")).body()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    void theTradeWeekHasFiftyBoothsWithExhibitorsAssigned() throws Exception {
        String floorPlan =
                day.get("/api/fairs/" + day.openTradeWeek() + "/booths", null).body();

        assertThat(floorPlan).contains("\"A-01\"", "\"E-10\"", "\"assigned\":12");
    }

    @Test
    void aCustomerOrderIsConfirmedAndEveryoneConcernedIsTold() throws Exception {
        String orderId = day.confirmedOrder();

        String order = day.get("/api/orders/" + orderId, day.token("khachhang")).body();
        assertThat(order).contains("\"boothCode\":\"A-01\"", "\"step\":\"CONFIRMED\"");
        assertThat(day.get("/api/orders/" + orderId, day.token("battrang")).statusCode())
                .as("another user's order")
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(day.get("/api/notifications", day.token("khachhang")).body())
                    .contains("\"type\":\"ORDER_CONFIRMED\"");
            assertThat(day.get("/api/notifications", day.token("vanphuc")).body())
                    .contains("\"type\":\"ORDER_RECEIVED\"");
        });

        assertThat(day.post("/api/orders/" + orderId + "/payment", day.token("bantochuc"), "{}")
                        .statusCode())
                .isEqualTo(200);
        day.awaitStatus(orderId, "PAID");
    }
}
