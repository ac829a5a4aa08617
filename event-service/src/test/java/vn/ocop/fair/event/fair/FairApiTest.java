package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ProblemResponses.assertProblem;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;
import vn.ocop.fair.testsupport.TestTokens;

@EventIntegrationTest
class FairApiTest {

    static final LocalDate STARTS = LocalDate.parse("2029-05-21");
    static final LocalDate ENDS = LocalDate.parse("2029-05-25");

    @Autowired
    MongoDatabase eventDatabase;

    @Autowired
    FairsApi api;

    @Test
    void draftsAFairInTheSharedDocumentShapeBoothsRead() throws Exception {
        String id = api.draft(FairsApi.tradeWeek(STARTS, ENDS));

        Document stored =
                eventDatabase.getCollection("fairs").find(Filters.eq("_id", id)).first();
        assertThat(stored.getString("status")).isEqualTo("DRAFT");
        assertThat(stored.getString("timeZone")).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(stored.getString("startsOn")).isEqualTo("2029-05-21");
        assertThat(stored.getString("endsOn")).isEqualTo("2029-05-25");
        assertThat(stored.getString("opensAt")).isEqualTo("08:00");
        assertThat(stored.getString("closesAt")).isEqualTo("22:00");
        assertThat(stored.getString("organiserId")).isEqualTo("so-nong-nghiep-ha-noi");
        assertThat(stored.get("venue", Document.class).getString("province")).isEqualTo("Hà Nội");
        assertThat(stored.get("entryRules", Document.class))
                .containsEntry("minimumStars", 3)
                .containsEntry("boothsPerProducer", 2)
                .containsEntry("boothSubsidyPercent", 50)
                .containsEntry("allowedProvinces", List.of());
        assertThat(stored.getLong("version")).isEqualTo(1L);
    }

    @Test
    void publishesOnlyWithABoothThenCancelsAndRefusesFurtherSteps() throws Exception {
        String id = api.draft(FairsApi.tradeWeek(STARTS, ENDS));

        HttpResponse<String> withoutBooth = post("/api/fairs/" + id + "/publication", null);
        assertProblem(withoutBooth, 422, "fair-incomplete");
        assertThat(JsonPath.<List<String>>read(withoutBooth.body(), "$.missing"))
                .containsExactly("at least one booth");

        api.addBooth(id, "A-01");
        HttpResponse<String> published = post("/api/fairs/" + id + "/publication", null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(published.body(), "$.status")).isEqualTo("PUBLISHED");
        assertThat(JsonPath.<Integer>read(published.body(), "$.version")).isEqualTo(2);
        assertThat(JsonPath.<String>read(published.body(), "$.firstOpeningAt")).isEqualTo("2029-05-21T01:00:00Z");

        assertProblem(post("/api/fairs/" + id + "/publication", null), 409, "illegal-fair-transition");

        HttpResponse<String> cancelled = post("/api/fairs/" + id + "/cancellation", "{\"reason\":\"Hoãn do bão\"}");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(cancelled.body(), "$.cancelReason")).isEqualTo("Hoãn do bão");

        HttpResponse<String> again = post("/api/fairs/" + id + "/cancellation", "{\"reason\":\"Lần nữa\"}");
        assertProblem(again, 409, "illegal-fair-transition");
        assertThat(again.body()).contains("A fair that is CANCELLED cannot become CANCELLED");
        assertProblem(
                api.asOrganiser("PUT", "/api/fairs/" + id, FairsApi.tradeWeek(STARTS, ENDS)),
                409,
                "illegal-fair-transition");
    }

    @Test
    void editsADraftOnlyAtTheVersionItWasReadIn() throws Exception {
        String id = api.draft(FairsApi.tradeWeek(STARTS, ENDS));
        String moved = FairsApi.tradeWeek(STARTS, ENDS.plusDays(2)).replaceFirst("\\}\\s*$", ",\"version\":1}");

        HttpResponse<String> edited = api.asOrganiser("PUT", "/api/fairs/" + id, moved);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(edited.body(), "$.endsOn")).isEqualTo("2029-05-27");

        assertProblem(api.asOrganiser("PUT", "/api/fairs/" + id, moved), 409, "concurrent-change");
    }

    @Test
    void answersBadInputWithProblemDetails() throws Exception {
        String fair = FairsApi.tradeWeek(STARTS, ENDS);

        assertProblem(post("/api/fairs", fair.replace("\"TRADE_WEEK\"", "\"CIRCUS\"")), 400, "unreadable-request");
        assertProblem(
                post("/api/fairs", fair.replace("\"minimumStars\":3", "\"minimumStars\":2")), 400, "invalid-request");
        assertProblem(
                post("/api/fairs", fair.replace("\"boothSubsidyPercent\":50", "\"boothSubsidyPercent\":150")),
                400,
                "invalid-request");
        assertProblem(
                post("/api/fairs", fair.replace("\"endsOn\":\"2029-05-25\"", "\"endsOn\":\"2029-05-20\"")),
                422,
                "invalid-fair");
        assertProblem(
                post("/api/fairs", fair.replace("\"closesAt\":\"22:00\"", "\"closesAt\":\"07:00\"")),
                422,
                "invalid-fair");
        assertProblem(api.get("/api/fairs/no-such-fair"), 404, "fair-not-found");
        assertProblem(post("/api/fairs/no-such-fair/publication", null), 404, "fair-not-found");
        assertProblem(api.get("/api/fairs?size=101"), 400, "invalid-request");
        assertThat(api.get("/api/fairs?status=SOMEDAY").statusCode()).isEqualTo(400);
        assertProblem(post("/api/fairs/x/cancellation", "{\"reason\":\" \"}"), 400, "invalid-request");
    }

    @Test
    void showsDraftsToOrganisersOnly() throws Exception {
        String draft = api.draft(FairsApi.tradeWeek(STARTS, ENDS).replace("Hà Nội\"}", "Bắc Kạn\"}"));
        String published = api.published(STARTS, ENDS);

        assertThat(api.get("/api/fairs/" + draft).statusCode()).isEqualTo(404);
        assertThat(api.send(
                                "GET",
                                "/api/fairs/" + draft,
                                null,
                                TestTokens.shared().customer("khachhang"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.asOrganiser("GET", "/api/fairs/" + draft, null).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/fairs/" + published).statusCode()).isEqualTo(200);

        List<String> publicList = JsonPath.read(
                api.get("/api/fairs?size=100&from=2029-05-01&to=2029-05-31").body(), "$.items[*].id");
        List<String> organiserList = JsonPath.read(
                api.asOrganiser("GET", "/api/fairs?size=100&from=2029-05-01&to=2029-05-31", null)
                        .body(),
                "$.items[*].id");
        assertThat(publicList).contains(published).doesNotContain(draft);
        assertThat(organiserList).contains(published, draft);
        assertThat(JsonPath.<List<String>>read(
                        api.get("/api/fairs?status=DRAFT&size=100").body(), "$.items"))
                .isEmpty();
    }

    @Test
    void listsFairsByDateRangeProvinceAndKind() throws Exception {
        String body = FairsApi.tradeWeek(LocalDate.parse("2029-09-10"), LocalDate.parse("2029-09-12"))
                .replace("\"Hà Nội\"", "\"Lâm Đồng\"")
                .replace("TRADE_WEEK", "THEMED_SHOWCASE");
        String id = api.draft(body);
        api.addBooth(id, "B-01");
        post("/api/fairs/" + id + "/publication", null);

        assertThat(ids("/api/fairs?province=l%C3%A2m%20%C4%91%E1%BB%93ng&kind=THEMED_SHOWCASE&size=100"))
                .contains(id);
        assertThat(ids("/api/fairs?from=2029-09-12&to=2029-09-20&size=100")).contains(id);
        assertThat(ids("/api/fairs?from=2029-09-13&size=100")).doesNotContain(id);
        assertThat(ids("/api/fairs?to=2029-09-09&size=100")).doesNotContain(id);
        assertThat(ids("/api/fairs?kind=FAIR&size=100")).doesNotContain(id);
        assertThat(JsonPath.<Integer>read(api.get("/api/fairs?size=1").body(), "$.size"))
                .isEqualTo(1);
    }

    @Test
    void refusesWritesToAnonymousCallersAndCustomers() throws Exception {
        String fair = FairsApi.tradeWeek(STARTS, ENDS);

        assertThat(api.send("POST", "/api/fairs", fair, null).statusCode()).isEqualTo(401);
        assertThat(api.send("POST", "/api/fairs", fair, TestTokens.shared().customer("khachhang"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/fairs", fair, TestTokens.shared().producer("htx-lua-van-phuc"))
                        .statusCode())
                .isEqualTo(403);
    }

    private List<String> ids(String path) throws Exception {
        return JsonPath.read(api.get(path).body(), "$.items[*].id");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return api.asOrganiser("POST", path, body);
    }
}
