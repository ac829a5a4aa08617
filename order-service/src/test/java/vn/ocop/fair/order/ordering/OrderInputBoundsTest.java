package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Every text of an order request has a maximum length: one character more answers 400
 * invalid-request naming the field and the limit (and no Java class); lines and quantities are
 * bounded by the ordering rules (422).
 */
class OrderInputBoundsTest extends TeaAtAnOpenFair {

    final TestTokens tokens = TestTokens.shared();

    @ParameterizedTest(name = "{0} ≤ {1}")
    @CsvSource({
        "fairId,64",
        "lines[0].productId,64",
        "voucherCode,32",
        "paymentMethod,32",
        "fulfilment.method,16",
        "fulfilment.address.recipient,100",
        "fulfilment.address.phone,20",
        "fulfilment.address.street,200",
        "fulfilment.address.commune,100",
        "fulfilment.address.province,100",
        "contact.name,100",
        "contact.email,254",
        "contact.phone,20"
    })
    void refusesATextLongerThanItsLimitNamingTheFieldAndTheLimit(String field, int limit) {
        HttpResponse<String> answer = place(with(field, "x".repeat(limit + 1)));

        assertInvalid(answer, field, limit);
    }

    @Test
    void refusesAHundredKilobyteAddressWithoutStoringIt() {
        HttpResponse<String> answer = place(with("fulfilment.address.street", "Phố Huế ".repeat(12_800)));

        assertInvalid(answer, "fulfilment.address.street", 200);
    }

    @Test
    void acceptsTextsOfExactlyTheirLimit() {
        String body = with("contact.name", "N".repeat(100));
        body = with(body, "contact.email", "a".repeat(254 - "@example.vn".length()) + "@example.vn");
        body = with(body, "fulfilment.address.recipient", "R".repeat(100));
        body = with(body, "fulfilment.address.street", "S".repeat(200));
        body = with(body, "fulfilment.address.commune", "C".repeat(100));
        body = with(body, "fulfilment.address.province", "P".repeat(100));

        HttpResponse<String> answer = place(body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void refusesAPhoneThatIsNoVietnameseMobileNumber() {
        assertRefused(place(with("contact.phone", "+84 91 234 56 7x")), 422, "invalid-contact");
        assertRefused(place(with("fulfilment.address.phone", "02438251234")), 422, "invalid-address");
    }

    @Test
    void refusesQuantitiesThatWouldOverflowIntoTheLimitWhenLinesAreMerged() {
        // 2 × (2^31 − 1) + 22 overflows an int to 20, the maximum per product
        String lines =
                "[{\"productId\":\"%1$s\",\"quantity\":2147483647},{\"productId\":\"%1$s\",\"quantity\":2147483647},"
                                .formatted(tea)
                        + "{\"productId\":\"%s\",\"quantity\":22}]".formatted(tea);
        String body = OrderApi.pickup(fair, tea, 1).replaceFirst("\\[.*?\\]", lines);

        assertRefused(place(body), 422, "quantity-out-of-range");
        assertRefused(place(OrderApi.pickup(fair, tea, 21)), 422, "quantity-out-of-range");
        assertRefused(place(OrderApi.pickup(fair, tea, -1)), 422, "quantity-out-of-range");
    }

    @Test
    void answersATooLargeQuantityWithoutNamingAJavaClass() {
        HttpResponse<String> answer =
                place(OrderApi.pickup(fair, tea, 1).replace("\"quantity\":1", "\"quantity\":99999999999"));

        assertRefused(answer, 400, "unreadable-request");
        assertThat(answer.body()).doesNotContain("vn.ocop", "java.", "OrderRequest");
    }

    @Test
    void answersALineListOfTheWrongShapeWithoutNamingAJavaClass() {
        HttpResponse<String> answer = place(OrderApi.pickup(fair, tea, 1).replaceFirst("\\[.*?\\]", "{}"));

        assertRefused(answer, 400, "unreadable-request");
        assertThat(answer.body()).doesNotContain("vn.ocop", "java.", "OrderRequest", "LineRequest");
        assertThat(json.readTree(answer.body()).get("detail").asString()).contains("lines");
    }

    @Test
    void boundsTheCancellationReasonAndThePaymentReference() {
        String customer = tokens.customer("khach-bounds-notes");
        HttpResponse<String> placed = api.place(customer, UUID.randomUUID().toString(), OrderApi.pickup(fair, tea, 1));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String order = json.readTree(placed.body()).get("id").asString();

        assertInvalid(
                api.post(
                        customer, "/api/orders/" + order + "/cancellation", "{\"reason\":\"" + "r".repeat(501) + "\"}"),
                "reason",
                500);
        assertInvalid(
                api.post(
                        tokens.organiser(),
                        "/api/orders/" + order + "/payment",
                        "{\"reference\":\"" + "r".repeat(101) + "\"}"),
                "reference",
                100);
        assertThat(orders.find(order).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
    }

    /** A delivery order (every text present) with the field at the dotted path set to the value. */
    private String with(String field, String value) {
        return with(OrderApi.delivery(fair, tea, 1), field, value);
    }

    private String with(String body, String field, String value) {
        ObjectNode root = (ObjectNode) json.readTree(body);
        ObjectNode at = root;
        String[] path = field.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            at = path[i].endsWith("[0]")
                    ? (ObjectNode)
                            at.get(path[i].substring(0, path[i].length() - 3)).get(0)
                    : (ObjectNode) at.get(path[i]);
        }
        at.put(path[path.length - 1], value);
        return json.writeValueAsString(root);
    }

    private HttpResponse<String> place(String body) {
        return api.place(tokens.customer("khach-bounds"), UUID.randomUUID().toString(), body);
    }

    private void assertInvalid(HttpResponse<String> answer, String field, int limit) {
        assertRefused(answer, 400, "invalid-request");
        JsonNode errors = json.readTree(answer.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asString()).isEqualTo("must be at most " + limit + " characters");
        assertThat(answer.body()).doesNotContain("vn.ocop", "java.");
    }

    private void assertRefused(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(answer.body()).get("type").asString())
                .isEqualTo("https://ocop-fair.vn/problems/" + type);
    }
}
