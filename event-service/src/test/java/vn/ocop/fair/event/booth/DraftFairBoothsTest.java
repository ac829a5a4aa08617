package vn.ocop.fair.event.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * A draft fair is its organisers' own: its booths and applications answer 404 to anyone else, as
 * the fair itself does, and show once it is published. Booth prices are bounded.
 */
@EventIntegrationTest
class DraftFairBoothsTest {

    static final LocalDate STARTS = LocalDate.parse("2029-08-06");
    static final LocalDate ENDS = LocalDate.parse("2029-08-10");
    static final String BOOTH = """
            {"code":"A-01","zone":"Khu A","type":"STANDARD","sizeM2":9,"priceVnd":%s,"gridX":0,"gridY":0}
            """;

    @Autowired
    FairsApi api;

    String fair;

    @BeforeEach
    void aDraftWithABooth() throws Exception {
        fair = api.draft(FairsApi.tradeWeek(STARTS, ENDS));
        HttpResponse<String> booth =
                api.asOrganiser("POST", "/api/fairs/" + fair + "/booths", BOOTH.formatted(3_500_000));
        assertThat(booth.statusCode()).as(booth.body()).isEqualTo(201);
    }

    @Test
    void hidesADraftsBoothsFromAnyoneButOrganisersLikeTheFairItself() throws Exception {
        String producer = TestTokens.shared().producer("htx-lua-van-phuc");

        assertNotFound(api.get("/api/fairs/" + fair));
        assertNotFound(api.get("/api/fairs/" + fair + "/booths"));
        assertNotFound(api.send("GET", "/api/fairs/" + fair + "/booths", null, producer));
        assertNotFound(api.send("GET", "/api/fairs/" + fair + "/applications", null, producer));
        assertNotFound(api.send("GET", "/api/fairs/" + fair + "/applications/any", null, producer));
        assertThat(api.asOrganiser("GET", "/api/fairs/" + fair + "/booths", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void showsTheBoothsOnceTheFairIsPublished() throws Exception {
        HttpResponse<String> published = api.asOrganiser("POST", "/api/fairs/" + fair + "/publication", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        HttpResponse<String> booths = api.get("/api/fairs/" + fair + "/booths");

        assertThat(booths.statusCode()).isEqualTo(200);
        assertThat(booths.body()).contains("\"A-01\"");
    }

    @ParameterizedTest(name = "{0} đồng")
    @ValueSource(strings = {"9223372036854775807", "1000000001", "-1"})
    void refusesABoothPriceOutsideZeroToOneBillionDong(String price) throws Exception {
        HttpResponse<String> single = api.asOrganiser(
                "POST", "/api/fairs/" + fair + "/booths", BOOTH.formatted(price).replace("A-01", "B-01"));
        HttpResponse<String> change =
                api.asOrganiser("PATCH", "/api/fairs/" + fair + "/booths/A-01", "{\"priceVnd\":" + price + "}");
        HttpResponse<String> grid =
                api.asOrganiser("POST", "/api/fairs/" + fair + "/booths/grid", """
                    {"zone":"Khu C","row":"C","to":2,"type":"STANDARD","sizeM2":9,"priceVnd":%s}
                    """.formatted(price));

        for (HttpResponse<String> answer : java.util.List.of(single, change, grid)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("invalid-request", "\"field\":\"priceVnd\"");
        }
    }

    @Test
    void acceptsABoothOfOneBillionDong() throws Exception {
        HttpResponse<String> answer =
                api.asOrganiser("PATCH", "/api/fairs/" + fair + "/booths/A-01", "{\"priceVnd\":1000000000}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static void assertNotFound(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("fair-not-found");
    }
}
