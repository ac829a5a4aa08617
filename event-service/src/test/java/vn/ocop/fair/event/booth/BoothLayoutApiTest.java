package vn.ocop.fair.event.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;
import static vn.ocop.fair.event.ExhibitorFixtures.tokens;
import static vn.ocop.fair.event.ProblemResponses.assertProblem;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.ExhibitorIntegrationTest;

/** The booth layout over HTTP: single booths, grids, blocking, and the problems bad input gets. */
class BoothLayoutApiTest extends ExhibitorIntegrationTest {

    @Test
    void createsAGridOfBoothsWithCodesAndFloorPlanPositions() {
        String fair = fixtures.fair();

        HttpResponse<String> created =
                fixtures.send("POST", "/api/fairs/" + fair + "/booths/grid", """
                {"zone":"Khu A — Thủ công mỹ nghệ","row":"A","rows":2,"from":1,"to":5,"type":"CORNER",
                 "sizeM2":12,"priceVnd":3500000,"originX":2,"originY":1}
                """, tokens().organiser());

        expect(created, 201);
        String plan = fixtures.floorPlan(fair);
        assertThat(JsonPath.<List<String>>read(plan, "$.booths[*].code"))
                .containsExactly("A-01", "A-02", "A-03", "A-04", "A-05", "B-01", "B-02", "B-03", "B-04", "B-05");
        assertThat(JsonPath.<Integer>read(plan, "$.booths[0].gridX")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(plan, "$.booths[5].gridY")).isEqualTo(2);
        assertThat(JsonPath.<String>read(plan, "$.booths[9].type")).isEqualTo("CORNER");
        assertThat(JsonPath.<Integer>read(plan, "$.counts.available")).isEqualTo(10);
    }

    @Test
    void createsOneBoothAndRefusesItsCodeTwice() {
        String fair = fixtures.fair();
        String booth = """
                {"code":"P-01","zone":"Khu trung tâm","type":"PREMIUM","sizeM2":18,"priceVnd":6000000,"gridX":4,"gridY":0}
                """;

        expect(fixtures.send("POST", "/api/fairs/" + fair + "/booths", booth, tokens().organiser()), 201);
        HttpResponse<String> again =
                fixtures.send("POST", "/api/fairs/" + fair + "/booths", booth, tokens().organiser());

        assertProblem(again, 409, "booth-code-taken");
        assertThat(eventDatabase
                        .getCollection("booths")
                        .countDocuments(new org.bson.Document("fairId", fair).append("code", "P-01")))
                .isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNotAnError() {
        String fair = fixtures.fair();
        String path = "/api/fairs/" + fair + "/booths";

        assertProblem(
                fixtures.send("POST", path, "{\"code\":\"a 01\",\"type\":\"STANDARD\"}", tokens().organiser()),
                400,
                "invalid-request");
        assertProblem(
                fixtures.send("POST", path, "{\"code\":\"A-01\",\"type\":\"HUGE\"}", tokens().organiser()),
                400,
                "unreadable-request");
        assertProblem(fixtures.send("POST", path, "{not json", tokens().organiser()), 400, "unreadable-request");
        assertProblem(
                fixtures.send(
                        "POST",
                        path + "/grid",
                        "{\"zone\":\"Khu A\",\"row\":\"A\",\"from\":9,\"to\":3,\"type\":\"STANDARD\",\"sizeM2\":9,\"priceVnd\":0}",
                        tokens().organiser()),
                400,
                "invalid-request");
        assertProblem(
                fixtures.send(
                        "POST",
                        path + "/grid",
                        "{\"zone\":\"Khu Y\",\"row\":\"Y\",\"rows\":5,\"to\":3,\"type\":\"STANDARD\",\"sizeM2\":9,\"priceVnd\":0}",
                        tokens().organiser()),
                400,
                "invalid-request");
        assertProblem(fixtures.send("GET", path + "?at=yesterday", null, null), 400, null);
    }

    @Test
    void unknownFairIsNotFoundAndAFinishedFairsLayoutIsFrozen() {
        String closed = fixtures.fair("CLOSED", 3, List.of(), null, 5);
        String booth =
                "{\"code\":\"A-01\",\"zone\":\"Khu A\",\"type\":\"STANDARD\",\"sizeM2\":9,\"priceVnd\":0,\"gridX\":0,\"gridY\":0}";

        assertProblem(fixtures.send("GET", "/api/fairs/no-such-fair/booths", null, null), 404, "fair-not-found");
        assertProblem(
                fixtures.send("POST", "/api/fairs/no-such-fair/booths", booth, tokens().organiser()),
                404,
                "fair-not-found");
        assertProblem(
                fixtures.send("POST", "/api/fairs/" + closed + "/booths", booth, tokens().organiser()),
                409,
                "fair-closed");
    }

    @Test
    void aDraftFairWithoutDatesYetGetsItsLayoutForOrganisers() {
        String draft = fixtures.fair("DRAFT", 3, List.of(), null, 5);
        eventDatabase
                .getCollection("fairs")
                .updateOne(
                        com.mongodb.client.model.Filters.eq("_id", draft),
                        com.mongodb.client.model.Updates.combine(
                                com.mongodb.client.model.Updates.unset("startsOn"),
                                com.mongodb.client.model.Updates.unset("endsOn")));

        fixtures.booths(draft, "A", 3);

        String plan = expect(fixtures.send("GET", "/api/fairs/" + draft + "/booths", null, tokens().organiser()), 200)
                .body();
        assertThat(JsonPath.<Integer>read(plan, "$.counts.available")).isEqualTo(3);
    }

    @Test
    void organiserBlocksAndRepricesABooth() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 2);

        HttpResponse<String> changed = fixtures.send(
                "PATCH",
                "/api/fairs/" + fair + "/booths/A-02",
                "{\"blocked\":true,\"priceVnd\":1500000}",
                tokens().organiser());

        expect(changed, 200);
        String plan = fixtures.send("GET", "/api/fairs/" + fair + "/booths", null, null)
                .body();
        assertThat(JsonPath.<String>read(plan, "$.booths[1].status")).isEqualTo("blocked");
        assertThat(JsonPath.<Integer>read(plan, "$.booths[1].priceVnd")).isEqualTo(1_500_000);
        assertProblem(
                fixtures.send(
                        "PATCH", "/api/fairs/" + fair + "/booths/Z-99", "{\"blocked\":true}", tokens().organiser()),
                404,
                "booth-not-found");
        assertProblem(
                fixtures.send("PATCH", "/api/fairs/" + fair + "/booths/A-01", "{}", tokens().organiser()),
                400,
                "invalid-request");
    }

    @Test
    void onlyOrganisersChangeTheLayoutWhileAnyoneSeesTheFloorPlan() {
        String fair = fixtures.fair();
        String grid = "{\"zone\":\"Khu A\",\"row\":\"A\",\"to\":3,\"type\":\"STANDARD\",\"sizeM2\":9,\"priceVnd\":0}";

        assertThat(fixtures.send("POST", "/api/fairs/" + fair + "/booths/grid", grid, tokens().producer("htx-a"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(fixtures.send("POST", "/api/fairs/" + fair + "/booths/grid", grid, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(fixtures.send("GET", "/api/fairs/" + fair + "/booths", null, null)
                        .statusCode())
                .isEqualTo(200);
    }
}
