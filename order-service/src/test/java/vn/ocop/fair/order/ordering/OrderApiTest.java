package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.fair.order.support.CatalogStandIn;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.testsupport.TestTokens;

/** The order API: its rules answered as problem details, who sees which order, payment and fulfilment. */
class OrderApiTest extends TeaAtAnOpenFair {

    final TestTokens tokens = TestTokens.shared();
    final CatalogStandIn catalog = new CatalogStandIn();

    @Test
    void refusesAnOrderWithoutAUsableIdempotencyKey() {
        String customer = tokens.customer("khach-api-1");

        assertProblem(api.place(customer, null, OrderApi.pickup(fair, tea, 1)), 400, "invalid-idempotency-key");
        assertProblem(api.place(customer, " ", OrderApi.pickup(fair, tea, 1)), 400, "invalid-idempotency-key");
        assertProblem(
                api.place(customer, "k".repeat(101), OrderApi.pickup(fair, tea, 1)), 400, "invalid-idempotency-key");
    }

    @Test
    void answersBadInputWithProblemDetails() {
        String customer = tokens.customer("khach-api-2");

        assertProblem(place(customer, "{not json"), 400, "unreadable-request");
        assertProblem(place(customer, "{\"fairId\":\"" + fair + "\"}"), 400, "invalid-request");
        assertProblem(place(customer, OrderApi.pickup(fair, tea, 0)), 422, "quantity-out-of-range");
        assertProblem(place(customer, OrderApi.pickup(fair, tea, 21)), 422, "quantity-out-of-range");
        assertProblem(place(customer, OrderApi.pickup(fair, "no-such-product", 1)), 422, "unknown-product");
        assertProblem(place(customer, OrderApi.pickup("no-such-fair", tea, 1)), 422, "unknown-fair");
        assertProblem(
                place(customer, OrderApi.pickup(null, tea, 1).replace("\"null\"", "null")), 422, "pickup-needs-a-fair");
        assertProblem(
                place(customer, OrderApi.delivery(fair, tea, 1).replace("0987654321", "12345")),
                422,
                "invalid-address");
        assertProblem(place(customer, OrderApi.pickup(fair, tea, 1).replace("0912345678", "")), 422, "invalid-contact");
        String lines = IntStream.range(0, 51)
                .mapToObj(i -> "{\"productId\":\"p-" + i + "\",\"quantity\":1}")
                .collect(Collectors.joining(","));
        assertProblem(
                place(customer, OrderApi.pickup(fair, tea, 1).replaceFirst("\\[.*?\\]", "[" + lines + "]")),
                422,
                "too-many-lines");
    }

    @Test
    void refusesDelistedProductsAndFairsThatDoNotTakeTheOrder() {
        String customer = tokens.customer("khach-api-3");
        String delisted = readModels.product("htx-che-ba-vi", "BEVERAGE", 90_000, "DELISTED");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String closed = readModels.fair("FairClosed", "CLOSED", today.minusDays(5), today.minusDays(1));
        String farOff = readModels.publishedFair(today.plusDays(30));
        String soon = readModels.publishedFair(today.plusDays(3));

        assertProblem(place(customer, OrderApi.pickup(fair, delisted, 1)), 422, "product-delisted");
        assertProblem(place(customer, OrderApi.pickup(closed, tea, 1)), 422, "fair-not-open");
        assertProblem(place(customer, OrderApi.pickup(farOff, tea, 1)), 422, "fair-not-open");
        assertThat(place(customer, OrderApi.pickup(soon, tea, 1)).statusCode()).isEqualTo(201);
        assertThat(place(customer, OrderApi.delivery(null, tea, 1)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void pricesWithTheFairsBestPromotionAndAVoucherUsedOncePerCustomer() {
        readModels.promotion(fair, "PERCENTAGE", "{\"type\":\"FAIR\",\"values\":[]}", "\"percentOff\":10");
        readModels.promotion(
                fair, "FIXED_AMOUNT", "{\"type\":\"GROUP\",\"values\":[\"BEVERAGE\"]}", "\"amountOffVnd\":30000");
        readModels.promotion(
                fair,
                "VOUCHER",
                "{\"type\":\"FAIR\",\"values\":[]}",
                "\"amountOffVnd\":20000,\"voucher\":{\"code\":\"HANOI20\",\"totalUses\":100,\"usesPerCustomer\":1,"
                        + "\"minimumOrderVnd\":200000,\"combinesWithPromotions\":true}");
        String customer = tokens.customer("khach-api-4");
        String withVoucher =
                OrderApi.pickup(fair, tea, 2).replace("\"lines\"", "\"voucherCode\":\"hanoi20\",\"lines\"");

        HttpResponse<String> first = place(customer, withVoucher);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode order = json.readTree(first.body());
        assertThat(order.get("lines").get(0).get("unitPriceVnd").asLong()).isEqualTo(150_000);
        assertThat(order.get("voucherDiscountVnd").asLong()).isEqualTo(20_000);
        assertThat(order.get("totalVnd").asLong()).isEqualTo(280_000);
        assertThat(order.get("discountVnd").asLong()).isEqualTo(80_000);
        assertProblem(place(customer, withVoucher), 422, "voucher-used-up");
        assertProblem(
                place(customer, withVoucher.replace("\"quantity\":2", "\"quantity\":1")),
                422,
                "voucher-minimum-not-met");
        assertProblem(place(customer, withVoucher.replace("hanoi20", "NOPE")), 422, "unknown-voucher");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnOrdersAndStaffSeeEveryOrder() {
        String an = tokens.customer("khach-api-an");
        String binh = tokens.customer("khach-api-binh");
        String order = id(place(an, OrderApi.pickup(fair, tea, 1)));

        assertThat(api.get(an, "/api/orders/" + order).statusCode()).isEqualTo(200);
        assertProblem(api.get(binh, "/api/orders/" + order), 404, "order-not-found");
        assertProblem(api.get(tokens.producer("htx-lua-van-phuc"), "/api/orders/" + order), 404, "order-not-found");
        assertThat(api.get(tokens.producer("htx-che-ba-vi"), "/api/orders/" + order)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.get(tokens.organiser(), "/api/orders/" + order).statusCode())
                .isEqualTo(200);
        assertProblem(api.post(binh, "/api/orders/" + order + "/cancellation", "{}"), 404, "order-not-found");
        JsonNode binhs = json.readTree(api.get(binh, "/api/orders?size=100").body());
        assertThat(binhs.get("items").valueStream().map(o -> o.get("id").asString()))
                .doesNotContain(order);
        JsonNode ans = json.readTree(api.get(an, "/api/orders?status=PENDING").body());
        assertThat(ans.get("items").valueStream().map(o -> o.get("customerId").asString()))
                .containsOnly("khach-api-an");
        JsonNode atFair =
                json.readTree(api.get(tokens.operator(), "/api/orders?fairId=" + fair + "&producerId=htx-che-ba-vi")
                        .body());
        assertThat(atFair.get("total").asLong()).isEqualTo(1);
        assertThat(atFair.get("items").get(0).get("id").asString()).isEqualTo(order);
        assertProblem(api.get(an, "/api/orders?size=101"), 400, "invalid-page");
        assertThat(api.getAnonymous("/api/orders").statusCode()).isEqualTo(401);
    }

    @Test
    void aProducerSeesOnlyTheirLinesOfOrders() {
        String silk = readModels.product("htx-lua-van-phuc", "HANDICRAFT", 450_000);
        String body = OrderApi.pickup(fair, tea, 1)
                .replace("\"lines\":[", "\"lines\":[{\"productId\":\"" + silk + "\",\"quantity\":1},");
        String order = id(place(tokens.customer("khach-api-5"), body));

        JsonNode page =
                json.readTree(api.get(tokens.producer("htx-lua-van-phuc"), "/api/orders/producer-lines?size=100")
                        .body());

        JsonNode mine = page.get("items")
                .valueStream()
                .filter(o -> o.get("orderId").asString().equals(order))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("lines")).hasSize(1);
        assertThat(mine.get("lines").get(0).get("productId").asString()).isEqualTo(silk);
        assertThat(api.get(tokens.producer("htx-lua-van-phuc"), "/api/orders").statusCode())
                .isEqualTo(403);
        assertThat(api.get(tokens.customer("khach-api-5"), "/api/orders/producer-lines")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void staffConfirmPaymentThenFulfilmentAndEachIsPublished() {
        String customer = tokens.customer("khach-api-6");
        String order = id(place(customer, OrderApi.pickup(fair, tea, 2)));
        assertProblem(
                api.post(tokens.organiser(), "/api/orders/" + order + "/payment", "{}"), 409, "order-state-conflict");
        catalog.reserve(order);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.find(order).orElseThrow().status() == OrderStatus.CONFIRMED);

        assertThat(api.post(customer, "/api/orders/" + order + "/payment", "{}").statusCode())
                .isEqualTo(403);
        var paid = api.post(
                tokens.organiser(),
                "/api/orders/" + order + "/payment",
                "{\"method\":\"CASH_ON_PICKUP\",\"reference\":null}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        var fulfilled = api.post(tokens.operator(), "/api/orders/" + order + "/fulfilment", "");
        assertThat(fulfilled.statusCode()).as(fulfilled.body()).isEqualTo(200);
        assertProblem(api.post(customer, "/api/orders/" + order + "/cancellation", "{}"), 409, "order-state-conflict");

        JsonNode paidEvent = catalog.awaitEvents(order, "OrderPaid").get(0);
        assertThat(paidEvent.get("amountVnd").asLong()).isEqualTo(360_000);
        assertThat(paidEvent.get("confirmedBy").asString()).isEqualTo("bantochuc");
        assertThat(catalog.awaitEvents(order, "OrderFulfilled")).hasSize(1);
        JsonNode view = json.readTree(fulfilled.body());
        assertThat(view.get("confirmedAt").isNull()).as("confirmedAt").isFalse();
        assertThat(view.get("paidAt").isNull()).as("paidAt").isFalse();
        assertThat(view.get("fulfilledAt").isNull()).as("fulfilledAt").isFalse();
        assertThat(view.get("paymentReference").isNull()).isTrue();
        assertThat(view.get("cancelledBy").isNull()).isTrue();
        assertThat(json.readTree(fulfilled.body())
                        .get("timeline")
                        .valueStream()
                        .map(s -> s.get("step").asString()))
                .containsExactly("PLACED", "CONFIRMED", "PAID", "FULFILLED");
    }

    private HttpResponse<String> place(String token, String body) {
        return api.place(token, UUID.randomUUID().toString(), body);
    }

    private String id(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("id").asString();
    }

    private void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(answer.body()).get("type").asString())
                .isEqualTo("https://ocop-fair.vn/problems/" + type);
    }
}
