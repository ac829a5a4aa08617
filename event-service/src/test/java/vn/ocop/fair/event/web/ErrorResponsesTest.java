package vn.ocop.fair.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.testsupport.ProblemAnswers.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;

/**
 * Every 4xx and 5xx of event-service is problem+json naming no Java class, over real HTTP,
 * including requests that never reach a controller.
 */
@EventIntegrationTest
class ErrorResponsesTest {

    static final LocalDate STARTS = LocalDate.parse("2029-06-11");
    static final LocalDate ENDS = LocalDate.parse("2029-06-15");

    @LocalServerPort
    int port;

    @Autowired
    FairsApi api;

    @Test
    void listsTheDecisionsInsteadOfNamingTheEnum() throws Exception {
        String fair = api.published(STARTS, ENDS);

        HttpResponse<String> answer = api.asOrganiser(
                "POST", "/api/fairs/" + fair + "/applications/app-1/decision", "{\"decision\":\"MAYBE\"}");

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("decision must be one of APPROVED, REJECTED, WAITLISTED");
    }

    @Test
    void listsTheKindsOfFairInsteadOfNamingTheEnum() throws Exception {
        HttpResponse<String> answer = api.asOrganiser(
                "POST", "/api/fairs", FairsApi.tradeWeek(STARTS, ENDS).replace("TRADE_WEEK", "CARNIVAL"));

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("kind must be one of FAIR, TRADE_WEEK", "CARNIVAL");
    }

    @Test
    void explainsADateThatIsNotADateWithoutNamingJava() throws Exception {
        HttpResponse<String> answer = api.asOrganiser(
                "POST", "/api/fairs", FairsApi.tradeWeek(STARTS, ENDS).replace(STARTS.toString(), "21/05/2029"));

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("startsOn");
    }

    @Test
    void explainsMalformedJsonWithoutNamingJava() throws Exception {
        assertProblem(api.asOrganiser("POST", "/api/fairs", "{\"name\":\"Hội chợ\","), 400);
    }

    @Test
    void explainsANumberTooLargeWithoutNamingJava() throws Exception {
        String fair = api.draft(FairsApi.tradeWeek(STARTS, ENDS));

        HttpResponse<String> answer = api.asOrganiser("POST", "/api/fairs/" + fair + "/booths", """
            {"code":"A-01","zone":"Khu A","type":"STANDARD","sizeM2":9,"priceVnd":92233720368547758070,"gridX":0,"gridY":0}
            """);

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("priceVnd");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=21-05-2029", "status=SOON", "page=one"})
    void explainsAQueryParameterOfTheWrongTypeWithoutNamingJava(String query) throws Exception {
        assertProblem(api.get("/api/fairs?" + query), 400);
    }

    @Test
    void answersAnUnsupportedMediaTypeWithAProblem() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/fairs"))
                                .header("Content-Type", "text/plain")
                                .header("Authorization", "Bearer " + FairsApi.organiser())
                                .POST(HttpRequest.BodyPublishers.ofString("Hội chợ"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertProblem(answer, 415);
    }

    @Test
    void answersAMethodTheAddressDoesNotTakeWithAProblem() throws Exception {
        HttpResponse<String> answer = api.asOrganiser("DELETE", "/api/fairs", null);

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertProblem(answer, answer.statusCode());
    }

    @Test
    void answersTheErrorPathItselfWithANotFoundProblem() throws Exception {
        assertProblem(api.get("/error"), 404);
    }

    @Test
    void answersARequestTheFirewallRejectsWithAProblem() throws Exception {
        assertProblem(api.get("/api/fairs/a%2F..%2Fb"), 400);
    }

    @Test
    void answersAnUnknownFairWithAProblem() throws Exception {
        assertProblem(api.get("/api/fairs/no-such-fair/booths"), 404);
    }
}
