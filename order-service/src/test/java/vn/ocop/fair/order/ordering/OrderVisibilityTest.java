package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.fair.order.support.CatalogStandIn;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Who sees what of an order (README): a producer only their lines and what they need to hand them
 * over, with real tokens over HTTP, on {@code GET /api/orders/{id}} and {@code
 * /api/orders/producer-lines}.
 */
class OrderVisibilityTest extends OrderServiceTest {

    static final String TEA_MAKER = "htx-che-ba-vi";
    static final String SILK_MAKER = "htx-lua-van-phuc";

    /** The customer's contact and address as the orders below carry them. */
    static final List<String> CONTACT = List.of("an.nguyen@example.vn", "0912345678");

    static final List<String> ADDRESS = List.of("Trần Thị Bình", "0987654321", "Phố Huế", "Phường Hai Bà Trưng");
    static final List<String> DELIVERY_CONTACT = List.of("binh.tran@example.vn", "0977111222");

    final TestTokens tokens = TestTokens.shared();
    final CatalogStandIn catalog = new CatalogStandIn();
    String fair;
    String tea;
    String silk;

    @BeforeEach
    void anOpenFairSellingTeaAndSilk() {
        fair = readModels.openFair();
        tea = readModels.product(TEA_MAKER, "BEVERAGE", 180_000);
        silk = readModels.product(SILK_MAKER, "HANDICRAFT", 450_000);
        readModels.booth(fair, "B-07", SILK_MAKER, silk);
    }

    @Test
    void aProducerSeesOnlyTheirLinesOfAPickupAndTheNameToHandItToOnceConfirmed() {
        String customer = "khach-vis-pickup";
        String order = place(customer, twoProducers(OrderApi.pickup(fair, tea, 2)));

        HttpResponse<String> pending = api.get(tokens.producer(SILK_MAKER), "/api/orders/" + order);

        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(200);
        JsonNode seen = json.readTree(pending.body());
        assertThat(seen.get("orderId").asString()).isEqualTo(order);
        assertThat(seen.get("fairId").asString()).isEqualTo(fair);
        assertThat(seen.get("lines")).hasSize(1);
        assertThat(seen.get("lines").get(0).get("productId").asString()).isEqualTo(silk);
        assertThat(seen.get("linesTotalVnd").asLong()).isEqualTo(450_000);
        assertThat(seen.get("fulfilment").get("method").asString()).isEqualTo("PICKUP");
        assertThat(seen.get("fulfilment").get("boothCode").asString()).isEqualTo("B-07");
        assertThat(seen.get("pickupName").isNull()).isTrue();
        assertThat(seen.has("totalVnd")).isFalse();
        assertThat(seen.has("customerId")).isFalse();
        assertThat(seen.has("contact")).isFalse();
        assertThat(pending.body()).doesNotContain(customer, "Nguyễn Văn An", tea, "180000");
        assertThat(pending.body()).doesNotContain(CONTACT);

        confirm(order);
        HttpResponse<String> confirmed = api.get(tokens.producer(SILK_MAKER), "/api/orders/" + order);

        assertThat(json.readTree(confirmed.body()).get("pickupName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(confirmed.body()).doesNotContain(CONTACT).doesNotContain(customer, tea);
        assertThat(listed(SILK_MAKER, order).get("pickupName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(listed(SILK_MAKER, order).get("lines")).hasSize(1);
    }

    @Test
    void aProducerSeesTheDeliveryAddressOnlyOnceTheOrderIsPaidAndNeverTheContact() {
        String body = twoProducers(OrderApi.delivery(fair, tea, 1))
                .replace(
                        "\"contact\":{\"name\":\"Trần Thị Bình\",\"phone\":\"0987654321\"}",
                        "\"contact\":{\"name\":\"Trần Thị Bình\",\"email\":\"binh.tran@example.vn\","
                                + "\"phone\":\"0977111222\"}");
        String order = place("khach-vis-delivery", body);
        String silkMaker = tokens.producer(SILK_MAKER);

        String pending = api.get(silkMaker, "/api/orders/" + order).body();
        confirm(order);
        String confirmed = api.get(silkMaker, "/api/orders/" + order).body();
        String listedConfirmed = json.writeValueAsString(listed(SILK_MAKER, order));

        for (String before : List.of(pending, confirmed, listedConfirmed)) {
            assertThat(before).doesNotContain(ADDRESS).doesNotContain(DELIVERY_CONTACT);
            assertThat(json.readTree(before).get("fulfilment").get("address").isNull())
                    .isTrue();
        }

        HttpResponse<String> payment = api.post(tokens.organiser(), "/api/orders/" + order + "/payment", "{}");
        assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
        String paid = api.get(silkMaker, "/api/orders/" + order).body();
        String listedPaid = json.writeValueAsString(listed(SILK_MAKER, order));

        for (String after : List.of(paid, listedPaid)) {
            JsonNode address = json.readTree(after).get("fulfilment").get("address");
            assertThat(address.get("recipient").asString()).isEqualTo("Trần Thị Bình");
            assertThat(address.get("phone").asString()).isEqualTo("0987654321");
            assertThat(address.get("street").asString()).isEqualTo("Số 12 Ngõ 34 Phố Huế");
            assertThat(after).doesNotContain(DELIVERY_CONTACT).doesNotContain(tea);
            assertThat(json.readTree(after).get("pickupName").isNull()).isTrue();
        }
    }

    @Test
    void aProducerWithoutALineInTheOrderGetsNotFound() {
        String order = place("khach-vis-other", OrderApi.pickup(fair, tea, 1));

        HttpResponse<String> answer = api.get(tokens.producer(SILK_MAKER), "/api/orders/" + order);

        HttpResponse<String> none = api.get(tokens.producer(SILK_MAKER), "/api/orders/" + UUID.randomUUID());

        for (HttpResponse<String> notFound : List.of(answer, none)) {
            assertThat(notFound.statusCode()).isEqualTo(404);
            assertThat(json.readTree(notFound.body()).get("type").asString())
                    .isEqualTo("https://ocop-fair.vn/problems/order-not-found");
        }
        assertThat(answer.body()).doesNotContain("Nguyễn Văn An", tea).doesNotContain(CONTACT);
    }

    @Test
    void theCustomerAndTheStaffStillSeeTheWholeOrder() {
        String customer = "khach-vis-whole";
        String order = place(customer, twoProducers(OrderApi.pickup(fair, tea, 2)));

        for (String token : List.of(tokens.customer(customer), tokens.organiser(), tokens.operator())) {
            JsonNode whole =
                    json.readTree(api.get(token, "/api/orders/" + order).body());

            assertThat(whole.get("customerId").asString()).isEqualTo(customer);
            assertThat(whole.get("contact").get("email").asString()).isEqualTo("an.nguyen@example.vn");
            assertThat(whole.get("contact").get("phone").asString()).isEqualTo("0912345678");
            assertThat(whole.get("lines")).hasSize(2);
            assertThat(whole.get("totalVnd").asLong()).isEqualTo(2 * 180_000 + 450_000);
        }
    }

    /** The body with one unit of silk (another producer's) added before its other lines. */
    private String twoProducers(String body) {
        return body.replace("\"lines\":[", "\"lines\":[{\"productId\":\"" + silk + "\",\"quantity\":1},");
    }

    private String place(String customer, String body) {
        HttpResponse<String> placed =
                api.place(tokens.customer(customer), UUID.randomUUID().toString(), body);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json.readTree(placed.body()).get("id").asString();
    }

    private void confirm(String order) {
        catalog.reserve(order);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.find(order).orElseThrow().status() == OrderStatus.CONFIRMED);
    }

    private JsonNode listed(String producer, String order) {
        JsonNode page = json.readTree(api.get(tokens.producer(producer), "/api/orders/producer-lines?size=100")
                .body());
        return page.get("items")
                .valueStream()
                .filter(o -> o.get("orderId").asString().equals(order))
                .findFirst()
                .orElseThrow();
    }
}
