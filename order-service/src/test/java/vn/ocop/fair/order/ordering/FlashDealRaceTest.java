package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.testsupport.TestTokens;

/** Flash-deal units and per-buyer caps hold however many buyers race for them. */
class FlashDealRaceTest extends SilkAtAnOpenFair {

    @Autowired
    FlashDealClaims claims;

    private String flashDeal(int units, int perBuyerCap) {
        return readModels.promotion(
                fair,
                "FLASH_DEAL",
                "{\"type\":\"PRODUCTS\",\"values\":[\"" + silk + "\"]}",
                "\"flashDeal\":{\"activityId\":\"live-1\",\"productId\":\"" + silk
                        + "\",\"dealPriceVnd\":299000,\"units\":" + units + ",\"perBuyerCap\":" + perBuyerCap
                        + ",\"gift\":false}");
    }

    @Test
    void twoHundredBuyersRacingForAHundredUnitsLeaveExactlyAHundredAtTheDealPrice() throws Exception {
        String deal = flashDeal(100, 1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String token = TestTokens.shared().customer("khach-flash-" + i + "-" + UUID.randomUUID());
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.place(token, UUID.randomUUID().toString(), OrderApi.pickup(fair, silk, 1));
                }));
            }
            start.countDown();
            int atDealPrice = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                JsonNode line = json.readTree(response.body()).get("lines").get(0);
                if (line.get("flashDeal").asBoolean()) {
                    assertThat(line.get("unitPriceVnd").asLong()).isEqualTo(299_000);
                    atDealPrice++;
                } else {
                    assertThat(line.get("unitPriceVnd").asLong()).isEqualTo(450_000);
                }
            }

            assertThat(atDealPrice).isEqualTo(100);
            assertThat(orders.collection()
                            .countDocuments(Filters.elemMatch(
                                    "lines", new Document("promotionId", deal).append("flashDeal", true))))
                    .isEqualTo(100);
            assertThat(claims.unitsLeft(deal)).isZero();
            assertThat(api.get(TestTokens.shared().operator(), "/actuator/prometheus")
                            .body())
                    .contains("ocop_flash_deal_units_left{application=\"order-service\",fair=\"" + fair
                            + "\",promotion=\"" + deal + "\"} 0.0");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBuyerGetsTheDealPriceUpToTheirCapAndTheRestAtTheNormalPriceUnitsComingBackOnCancel() {
        String deal = flashDeal(10, 2);
        String token = TestTokens.shared().customer("khach-flash-cap");

        JsonNode first = json.readTree(api.place(token, UUID.randomUUID().toString(), OrderApi.pickup(fair, silk, 3))
                .body());
        JsonNode second = json.readTree(api.place(token, UUID.randomUUID().toString(), OrderApi.pickup(fair, silk, 1))
                .body());

        assertThat(first.get("lines")).hasSize(2);
        assertThat(first.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(first.get("lines").get(0).get("unitPriceVnd").asLong()).isEqualTo(299_000);
        assertThat(first.get("lines").get(1).get("quantity").asInt()).isEqualTo(1);
        assertThat(first.get("lines").get(1).get("unitPriceVnd").asLong()).isEqualTo(450_000);
        assertThat(first.get("totalVnd").asLong()).isEqualTo(2 * 299_000 + 450_000);
        assertThat(second.get("lines").get(0).get("unitPriceVnd").asLong()).isEqualTo(450_000);
        assertThat(claims.unitsLeft(deal)).isEqualTo(8);

        api.post(token, "/api/orders/" + first.get("id").asString() + "/cancellation", "{}");

        assertThat(claims.unitsLeft(deal)).isEqualTo(10);
        JsonNode third = json.readTree(api.place(token, UUID.randomUUID().toString(), OrderApi.pickup(fair, silk, 2))
                .body());
        assertThat(third.get("lines").get(0).get("unitPriceVnd").asLong()).isEqualTo(299_000);
        assertThat(third.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }
}
