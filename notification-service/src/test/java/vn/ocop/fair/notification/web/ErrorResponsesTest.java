package vn.ocop.fair.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.testsupport.ProblemAnswers.assertProblem;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.notification.ServiceTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Every 4xx and 5xx of notification-service is problem+json naming no Java class, over real HTTP
 * (sent as written, unencoded by any client), including requests that never reach a controller.
 */
class ErrorResponsesTest extends ServiceTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    final String customer = TestTokens.shared().customer("khach-loi");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"/api/notifications/v3/api-docs/nowhere"}) // under /actuator only operators get past the rules
    void answersAnUnknownPathWithANotFoundProblem(String path) throws Exception {
        assertProblem(send("GET", path, null, customer), 404);
    }

    /** The security rules refuse a path they do not name before any routing: a 403, as a problem too. */
    @Test
    void refusesAPathNoRuleAllowsWithAProblem() throws Exception {
        assertProblem(send("GET", "/api/notifications-nowhere", null, customer), 403);
    }

    @Test
    void answersTheErrorPathItselfWithANotFoundProblem() throws Exception {
        assertProblem(send("GET", "/error", null, null), 404);
    }

    @Test
    void explainsMalformedJsonWithoutNamingJava() throws Exception {
        assertProblem(send("POST", "/api/notifications/subscriptions", "{\"kind\":", customer), 400);
    }

    @Test
    void listsTheKindsThatCanBeFollowedInsteadOfNamingTheEnum() throws Exception {
        HttpResponse<String> answer = send(
                "POST", "/api/notifications/subscriptions", "{\"kind\":\"STAR\",\"targetId\":\"fair-x\"}", customer);

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("kind must be one of FAIR, PRODUCER, LIVESTREAM", "STAR");
    }

    @Test
    void explainsTextWhereTrueOrFalseBelongsNamingTheParameter() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/notifications?unread=maybe", null, customer);

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"unread\"", "must be true or false");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q[$ne]", "q.x", "size[0]", "class.module"})
    void ignoresAParameterNameThatIsNoParameterOfTheFeed(String name) throws Exception {
        HttpResponse<String> answer = send(
                "GET", "/api/notifications?" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "=x", null, customer);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void answersARequestTomcatRejectsWithAProblem() throws Exception {
        assertProblem(send("GET", "/api/notifications/a%2F..%2Fb/read", null, customer), 400);
    }

    HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
