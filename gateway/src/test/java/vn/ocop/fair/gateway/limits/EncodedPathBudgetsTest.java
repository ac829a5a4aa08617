package vn.ocop.fair.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.fair.gateway.GatewayClient;
import vn.ocop.fair.gateway.OwnGateway;

/**
 * A path spelled differently is the same path to the budgets as to routing and security: every route
 * class (placing orders, other writes, browsing with and without a token, the token endpoint) spends one
 * budget whatever the percent-encoding or hex case, and paths with more than one reading (double
 * encoding, {@code //}, {@code /./}, {@code ;param}) are refused with 400 before anything reads them.
 * Budgets of 3 per hour (2 for orders, 4 tokens per address); each test spends a different client's
 * budget, anonymous ones from their own address ({@code X-Forwarded-For} from the loopback proxy). One
 * client for all tests: its tokens are fetched once, within the loopback address's token budget.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "ocop.gateway.limits.browsing.capacity=3",
            "ocop.gateway.limits.browsing.period=1h",
            "ocop.gateway.limits.ordering.capacity=2",
            "ocop.gateway.limits.ordering.period=1h",
            "ocop.gateway.limits.anonymous-clients-per-address=1",
            "ocop.gateway.limits.token.capacity=4",
            "ocop.gateway.limits.token.period=1h"
        })
@ActiveProfiles("local")
class EncodedPathBudgetsTest {

    @RegisterExtension
    static final OwnGateway own = new OwnGateway();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        own.standInFront(registry);
    }

    private static final GatewayClient gateway = own.client();

    @Test
    void chargesEncodedOrderPathsToTheOrderingBudget() {
        List<Integer> statuses = statuses(
                path -> gateway.call("POST", path, "khachhang"),
                "/%61pi/orders",
                "/api/%6frders",
                "/api/%6Frders",
                "/api/orders/",
                "/API/orders");

        // two allowed, then the budget is spent whatever the spelling; /API/orders is no route (403)
        assertThat(statuses).containsExactly(200, 200, 429, 429, 403);
        assertThat(gateway.call("POST", "/api/orders", "khachhang").statusCode())
                .isEqualTo(429);
    }

    @Test
    void chargesEncodedWritePathsToTheWritersBudget() {
        List<Integer> statuses = statuses(
                path -> gateway.call("POST", path, "vanphuc"),
                "/api/catalog/products",
                "/%61pi/catalog/products",
                "/api/%63atalog/%70roducts",
                "/api/catalog/pr%6Fducts",
                "/api/catalog/pr%6fducts");

        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    }

    @Test
    void chargesEncodedReadsOfATokenHolderToItsBrowsingBudget() {
        List<Integer> statuses = statuses(
                path -> gateway.call("GET", path, "bantochuc"),
                "/api/fairs/f-1",
                "/%61pi/fairs/f-1",
                "/api/f%61irs/f-1",
                "/api/%66%61%69%72%73/f-1");

        assertThat(statuses).containsExactly(200, 200, 200, 429);
    }

    @Test
    void chargesEncodedAnonymousReadsToTheAddressBudget() {
        List<Integer> statuses = statuses(
                path -> gateway.send(from("203.0.113.10", path).GET()),
                "/api/catalog/products",
                "/%61pi/catalog/products",
                "/api/c%61talog/products",
                "/api/c%41talog/products",
                "/api/catalog/products/");

        // /api/cAtalog is no route: an anonymous caller is refused (401) before any budget is charged
        assertThat(statuses).containsExactly(200, 200, 200, 401, 429);
    }

    @Test
    void chargesEncodedTokenRequestsToTheTokenBudget() {
        List<Integer> statuses = statuses(
                path -> gateway.send(from("203.0.113.20", path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("username=vanhanh&password=demo123"))),
                "/auth/token",
                "/%61uth/token",
                "/auth/%74oken",
                "/auth/%74%6Fken",
                "/auth/%74%6fken",
                "/auth/token/");

        // /auth/token/ is no endpoint: refused (401) before any budget is charged
        assertThat(statuses).containsExactly(200, 200, 200, 200, 429, 401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST,/%2561pi/orders",
        "POST,/api/%256frders",
        "POST,/api//orders",
        "POST,/api/./orders",
        "POST,/api/orders;jsessionid=1",
        "POST,/api;x=1/orders",
        "POST,/api/%2e/orders",
        "POST,/api/catalog/%2E%2E/orders",
        "POST,/api/catalog//products",
        "POST,/api/catalog/products;x",
        "POST,/api/c%2561talog/products",
        "GET,/api/catalog//products",
        "GET,/api/./fairs/f-1",
        "GET,/api/fairs/f-1;x=y",
        "GET,/api/%2566airs/f-1",
        "POST,/auth//token",
        "POST,/auth/./token",
        "POST,/auth/token;x=1",
        "POST,/auth/%2574oken",
        "GET,/api/catalog/%3Bproducts"
    })
    void refusesPathsWithMoreThanOneReading(String method, String path) {
        for (String user : new String[] {null, "khachhang", "vanphuc", "bantochuc"}) {
            HttpResponse<String> response = gateway.call(method, path, user);

            assertThat(response.statusCode())
                    .as("%s %s as %s", method, path, user)
                    .isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("https://ocop-fair.vn/problems/ambiguous-path");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/catalog/products?a%00b=1", "/api/catalog/products?q=%1F", "/api/fairs?status=%7f"})
    void refusesQueriesWithControlCharacters(String path) {
        for (String user : new String[] {null, "khachhang"}) {
            HttpResponse<String> response = gateway.call("GET", path, user);

            assertThat(response.statusCode()).as("%s as %s", path, user).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("https://ocop-fair.vn/problems/invalid-query");
        }
    }

    private static HttpRequest.Builder from(String address, String path) {
        return gateway.request(path).header("X-Forwarded-For", address);
    }

    /** The status of each call in turn, made by {@code call}, to each spelling of a path. */
    private static List<Integer> statuses(Function<String, HttpResponse<String>> call, String... paths) {
        List<Integer> statuses = new ArrayList<>();
        for (String path : paths) {
            statuses.add(call.apply(path).statusCode());
        }
        return statuses;
    }
}
