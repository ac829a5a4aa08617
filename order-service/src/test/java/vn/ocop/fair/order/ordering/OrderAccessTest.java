package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.order.support.OrderIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * order-service's own rules per role, called directly (not through the gateway): anonymous,
 * customer, producer, organiser, operator. On an order nobody may see (o-1), a role that may act
 * gets 404; a role that may not, 403.
 */
@OrderIntegrationTest
class OrderAccessTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST,/api/orders,401,400,403,403,403",
        "GET,/api/orders,401,200,403,200,200",
        "GET,/api/orders/o-1,401,404,404,404,404",
        "GET,/api/orders/producer-lines,401,403,200,403,403",
        "POST,/api/orders/o-1/cancellation,401,404,403,404,404",
        "POST,/api/orders/o-1/payment,401,403,403,404,404",
        "POST,/api/orders/o-1/fulfilment,401,403,403,404,404",
        "PATCH,/api/orders/o-1,401,403,403,403,403",
        "DELETE,/api/orders/o-1,401,403,403,403,403",
        "GET,/api/orders/products/no-such-product,404,404,404,404,404"
    })
    void answersEachRoleAsItsRulesSay(
            String method, String path, int anonymous, int customer, int producer, int organiser, int operator)
            throws Exception {
        TestTokens tokens = TestTokens.shared();
        List<String> callers = new ArrayList<>();
        callers.add(null);
        callers.add(tokens.customer("khach-access"));
        callers.add(tokens.producer("htx-che-ba-vi"));
        callers.add(tokens.organiser());
        callers.add(tokens.operator());
        List<Integer> got = new ArrayList<>();
        for (String token : callers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            got.add(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
        }

        assertThat(got).as("%s %s", method, path).containsExactly(anonymous, customer, producer, organiser, operator);
    }
}
