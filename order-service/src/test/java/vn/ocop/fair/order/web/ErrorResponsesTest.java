package vn.ocop.fair.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.testsupport.ProblemAnswers.assertProblem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Every 4xx and 5xx of order-service is problem+json naming no Java class, over real HTTP,
 * including requests that never reach a controller.
 */
class ErrorResponsesTest extends OrderServiceTest {

    final String customer = TestTokens.shared().customer("khach-loi");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/orders/v3/api-docs/nowhere"}) // under /actuator only operators get past the rules
    void answersAnUnknownPathWithANotFoundProblem(String path) {
        assertProblem(api.get(customer, path), 404);
    }

    /** The security rules refuse a path they do not name before any routing: a 403, as a problem too. */
    @Test
    void refusesAPathNoRuleAllowsWithAProblem() {
        assertProblem(api.get(customer, "/api/orders-nowhere"), 403);
    }

    @Test
    void answersTheErrorPathItselfWithANotFoundProblem() {
        assertProblem(api.getAnonymous("/error"), 404);
    }

    @Test
    void explainsMalformedJsonWithoutNamingJava() {
        assertProblem(api.place(customer, UUID.randomUUID().toString(), "{\"fairId\":"), 400);
    }

    @Test
    void explainsTextWhereAQuantityBelongsNamingTheFieldAndWhatItAccepts() {
        String body = OrderApi.pickup("fair-x", "product-x", 1).replace("\"quantity\":1", "\"quantity\":\"hai\"");

        HttpResponse<String> answer = api.place(customer, UUID.randomUUID().toString(), body);

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("lines[0].quantity must be a whole number");
    }

    @Test
    void listsTheStatusesInsteadOfNamingTheEnum() {
        HttpResponse<String> answer = api.get(customer, "/api/orders?status=SHIPPED");

        assertProblem(answer, 400);
        assertThat(answer.body())
                .contains("\"field\":\"status\"")
                .contains("one of PENDING, CONFIRMED, PAID, FULFILLED, REJECTED, CANCELLED, EXPIRED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q[$ne]", "q.x", "size[0]", "class.module"})
    void ignoresAParameterNameThatIsNoParameterOfTheList(String name) {
        HttpResponse<String> answer =
                api.get(customer, "/api/orders?" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "=x");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void answersARequestTomcatRejectsWithAProblem() {
        assertProblem(api.get(customer, "/api/orders/a%2F..%2Fb"), 400);
    }
}
