package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.fair.testsupport.TestTokens;

/** Bad input is answered with RFC 9457 problem details, never a 500; objects of others are not found. */
class ApiProblemsTest extends ServiceTest {

    @Test
    void refusesAPageLargerThanOneHundred() {
        assertProblem(Api.customer(port, "khach-paging").get("/api/notifications?size=500"), HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesUnknownLanguagesChannelsAndMalformedQuietHours() {
        Api api = Api.customer(port, "khach-prefs");
        assertProblem(
                api.put("/api/notifications/preferences", Map.of("language", "fr", "channels", List.of("EMAIL"))),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                api.put("/api/notifications/preferences", Map.of("language", "vi", "channels", List.of("PIGEON"))),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                api.put(
                        "/api/notifications/preferences",
                        Map.of(
                                "language",
                                "vi",
                                "channels",
                                List.of("EMAIL"),
                                "quietHours",
                                Map.of("from", "25:00", "to", "07:00"))),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                api.put("/api/notifications/preferences", Map.of("language", "vi", "channels", List.of("WEBHOOK"))),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertProblem(
                api.put(
                        "/api/notifications/preferences",
                        Map.of("language", "vi", "email", "not-an-address", "channels", List.of("EMAIL"))),
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void answersPreferencesWithTheDefaultsUntilChosen() {
        String body = Api.customer(port, "khach-defaults")
                .get("/api/notifications/preferences")
                .getBody();

        assertThat(JsonPath.<String>read(body, "$.language")).isEqualTo("vi");
        assertThat(JsonPath.<List<String>>read(body, "$.channels")).containsExactlyInAnyOrder("EMAIL", "IN_APP");
        assertThat(JsonPath.<String>read(body, "$.quietHours.from")).isEqualTo("22:00");
    }

    @Test
    void followsOnceAndUnfollowsOnlyItsOwnSubscriptions() {
        Api mine = Api.customer(port, "khach-follows");
        ResponseEntity<String> created =
                mine.post("/api/notifications/subscriptions", Map.of("kind", "FAIR", "targetId", "fair-x"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = JsonPath.read(created.getBody(), "$.id");

        assertProblem(
                mine.post("/api/notifications/subscriptions", Map.of("kind", "FAIR", "targetId", "fair-x")),
                HttpStatus.CONFLICT);
        assertProblem(
                mine.post("/api/notifications/subscriptions", Map.of("kind", "STAR", "targetId", "fair-x")),
                HttpStatus.BAD_REQUEST);
        assertProblem(mine.post("/api/notifications/subscriptions", Map.of("kind", "FAIR")), HttpStatus.BAD_REQUEST);
        assertProblem(
                Api.customer(port, "khach-other").delete("/api/notifications/subscriptions/" + id),
                HttpStatus.NOT_FOUND);
        assertThat(mine.get("/api/notifications/subscriptions").getBody()).contains(id);

        assertThat(mine.delete("/api/notifications/subscriptions/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(mine.get("/api/notifications/subscriptions").getBody()).isEqualTo("[]");
    }

    @Test
    void letsOnlyOrganisersAndOperatorsRegisterWebhooksThatCanWork() {
        Map<String, Object> valid =
                Map.of("url", "https://partner.example.vn/hook", "eventTypes", List.of("OrderPaid"));
        assertProblem(
                Api.customer(port, "khach-hooks").post("/api/notifications/webhooks", valid), HttpStatus.FORBIDDEN);
        assertProblem(Api.producer(port, "htx-hooks").post("/api/notifications/webhooks", valid), HttpStatus.FORBIDDEN);

        Api operator = Api.as(port, TestTokens.shared().operator());
        ResponseEntity<String> created = operator.post("/api/notifications/webhooks", valid);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = JsonPath.read(created.getBody(), "$.id");
        assertProblem(Api.organiser(port).delete("/api/notifications/webhooks/" + id), HttpStatus.NOT_FOUND);
        assertProblem(
                Api.organiser(port).get("/api/notifications/webhooks/" + id + "/deliveries"), HttpStatus.NOT_FOUND);
        assertThat(operator.delete("/api/notifications/webhooks/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertProblem(
                operator.post(
                        "/api/notifications/webhooks",
                        Map.of("url", "ftp://x.example.vn/", "eventTypes", List.of("OrderPaid"))),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertProblem(
                operator.post(
                        "/api/notifications/webhooks",
                        Map.of("url", "https://x.example.vn/", "eventTypes", List.of("Nope"))),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertProblem(
                operator.post(
                        "/api/notifications/webhooks", Map.of("url", "https://x.example.vn/", "eventTypes", List.of())),
                HttpStatus.BAD_REQUEST);
        assertProblem(operator.post("/api/notifications/webhooks", "{not json"), HttpStatus.BAD_REQUEST);
    }

    private static void assertProblem(ResponseEntity<String> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JsonPath.<String>read(answer.getBody(), "$.type")).startsWith("https://ocop-fair.vn/problems/");
    }
}
