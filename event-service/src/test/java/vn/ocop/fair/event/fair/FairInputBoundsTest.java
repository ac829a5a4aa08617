package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.fair.event.ProblemResponses.assertProblem;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;
import vn.ocop.fair.event.RecordingPublisher;

/** A fair's body is bounded: ids in the system's slug format, texts of sensible length, dates from the draft on. */
@EventIntegrationTest
class FairInputBoundsTest {

    static final LocalDate STARTS = LocalDate.parse("2029-07-02");
    static final LocalDate ENDS = LocalDate.parse("2029-07-06");

    @Autowired
    MongoDatabase eventDatabase;

    @Autowired
    RecordingPublisher published;

    @Autowired
    FairsApi api;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sở Nông nghiệp", "SO-NN", "so_nn", "a/b", "<script>", ""})
    void refusesAnOrganiserIdThatIsNotASlug(String organiserId) throws Exception {
        HttpResponse<String> answer =
                post(FairsApi.tradeWeek(STARTS, ENDS).replace("\"so-nong-nghiep-ha-noi\"", "\"" + organiserId + "\""));

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body()).contains("\"field\":\"organiserId\"");
    }

    @Test
    void refusesAnOrganiserIdLongerThanSixtyFour() throws Exception {
        HttpResponse<String> answer =
                post(FairsApi.tradeWeek(STARTS, ENDS).replace("so-nong-nghiep-ha-noi", "a".repeat(65)));

        assertProblem(answer, 400, "invalid-request");
    }

    @Test
    void refusesTextsLongerThanTheirFields() throws Exception {
        HttpResponse<String> answer = post(FairsApi.tradeWeek(STARTS, ENDS)
                .replace("\"allowedProvinces\":[]", "\"allowedProvinces\":[\"" + "x".repeat(101) + "\"]")
                .replace("Sản phẩm OCOP và làng nghề Hà Nội", "y".repeat(501)));

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body()).contains("\"field\":\"theme\"", "allowedProvinces");
    }

    @Test
    void refusesADraftWithoutDatesSoNoConsumerReceivesAFairItCannotPlace() throws Exception {
        long before = eventDatabase.getCollection("fairs").countDocuments();

        HttpResponse<String> answer =
                post(FairsApi.tradeWeek(STARTS, ENDS).replace("\"startsOn\":\"" + STARTS + "\",", ""));

        assertProblem(answer, 422, "invalid-fair");
        assertThat(answer.body()).contains("startsOn");
        assertThat(eventDatabase.getCollection("fairs").countDocuments()).isEqualTo(before);
    }

    @Test
    void refusesToEditADraftIntoOneWithoutDates() throws Exception {
        String id = api.draft(FairsApi.tradeWeek(STARTS, ENDS));

        HttpResponse<String> answer = api.asOrganiser(
                "PUT",
                "/api/fairs/" + id,
                FairsApi.tradeWeek(STARTS, ENDS).replace("\"endsOn\":\"" + ENDS + "\",", ""));

        assertProblem(answer, 422, "invalid-fair");
    }

    @Test
    void cancelsADraftStoredWithoutDatesWithoutPublishingAnEventNoConsumerCouldRead() throws Exception {
        String id = api.draft(FairsApi.tradeWeek(STARTS, ENDS));
        await().until(() -> published.typesFor(id).contains("FairScheduled"));
        eventDatabase // as drafts were stored before they needed dates
                .getCollection("fairs")
                .updateOne(Filters.eq("_id", id), Updates.combine(Updates.unset("startsOn"), Updates.unset("endsOn")));

        HttpResponse<String> cancelled =
                api.asOrganiser("POST", "/api/fairs/" + id + "/cancellation", "{\"reason\":\"Hoãn\"}");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> !published.typesFor(id).contains("FairCancelled"));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return api.asOrganiser("POST", "/api/fairs", body);
    }
}
