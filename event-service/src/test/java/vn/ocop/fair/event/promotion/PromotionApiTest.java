package vn.ocop.fair.event.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ProblemResponses.assertProblem;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;

@EventIntegrationTest
class PromotionApiTest {

    static final String SCARF = "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11";

    @Autowired
    FairsApi api;

    String fair;

    @BeforeEach
    void publishedFair() throws Exception {
        fair = api.published(LocalDate.parse("2032-05-21"), LocalDate.parse("2032-05-25"));
    }

    static String voucher(String code) {
        return """
                {"name":"Voucher khai mạc","kind":"VOUCHER","scope":{"type":"FAIR"},"amountOffVnd":50000,
                 "validFrom":"2032-05-21T01:00:00Z","validUntil":"2032-05-25T15:00:00Z",
                 "voucher":{"code":"%s","totalUses":500,"usesPerCustomer":1,"minimumOrderVnd":300000,
                            "combinesWithPromotions":false}}
                """.formatted(code);
    }

    @Test
    void keepsAVoucherCodeUniqueWithinAFairButNotAcrossFairs() throws Exception {
        assertThat(announce(fair, voucher("KHAIMAC")).statusCode()).isEqualTo(201);

        assertProblem(announce(fair, voucher("khaimac")), 409, "voucher-code-taken");

        String other = api.published(LocalDate.parse("2032-05-21"), LocalDate.parse("2032-05-25"));
        assertThat(announce(other, voucher("KHAIMAC")).statusCode()).isEqualTo(201);
    }

    @Test
    void announcesAFlashDealForTheWindowOfItsLivestream() throws Exception {
        HttpResponse<String> live = api.asOrganiser("POST", "/api/fairs/" + fair + "/activities", """
            {"kind":"LIVESTREAM","title":"Livestream lụa","boothCode":"A-01",
             "startsAt":"2032-05-22T12:00:00Z","endsAt":"2032-05-22T13:00:00Z",
             "livestream":{"platform":"TIKTOK","host":"Thu Hà","url":"https://www.tiktok.com/@ocopmarket/live"},
             "producerIds":["htx-lua-van-phuc"],"productIds":["%s"]}
            """.formatted(SCARF));
        String activity = FairsApi.id(live.body());

        HttpResponse<String> deal = announce(fair, """
            {"name":"Flash deal khăn lụa","kind":"FLASH_DEAL",
             "flashDeal":{"activityId":"%s","productId":"%s","dealPriceVnd":299000,"units":100,"perBuyerCap":2}}
            """.formatted(activity, SCARF));

        assertThat(deal.statusCode()).as(deal.body()).isEqualTo(201);
        assertThat(JsonPath.<String>read(deal.body(), "$.validFrom")).isEqualTo("2032-05-22T12:00:00Z");
        assertThat(JsonPath.<String>read(deal.body(), "$.validUntil")).isEqualTo("2032-05-22T13:00:00Z");
        assertThat(JsonPath.<String>read(deal.body(), "$.status")).isEqualTo("ACTIVE");

        String gift = """
                {"name":"Quà tặng","kind":"FLASH_DEAL",
                 "flashDeal":{"activityId":"%s","productId":"%s","dealPriceVnd":0,"units":10,"perBuyerCap":1}}
                """.formatted(activity, SCARF);
        assertProblem(announce(fair, gift), 422, "invalid-promotion");
        assertThat(announce(fair, gift.replace("\"perBuyerCap\":1", "\"perBuyerCap\":1,\"gift\":true"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void withdrawsAPromotionOnceAsVersionTwo() throws Exception {
        String id = FairsApi.id(announce(fair, voucher("RUTLAI")).body());

        HttpResponse<String> withdrawn = withdraw(id);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(withdrawn.body(), "$.status")).isEqualTo("WITHDRAWN");
        assertThat(JsonPath.<Integer>read(withdrawn.body(), "$.version")).isEqualTo(2);

        assertProblem(withdraw(id), 409, "promotion-withdrawn");
        assertProblem(withdraw("no-such-promotion"), 404, "promotion-not-found");
    }

    @Test
    void refusesPromotionsOutsideTheFairOrAfterItIsOver() throws Exception {
        assertProblem(
                announce(fair, voucher("SOM").replace("2032-05-21T01:00:00Z", "2032-05-21T00:59:59Z")),
                422,
                "invalid-promotion");
        assertProblem(announce(fair, voucher("X").replace("\"VOUCHER\"", "\"BOGOF\"")), 400, "unreadable-request");
        assertProblem(announce("no-such-fair", voucher("ABC")), 404, "fair-not-found");

        api.asOrganiser("POST", "/api/fairs/" + fair + "/cancellation", "{\"reason\":\"Hủy\"}");
        assertProblem(announce(fair, voucher("MUON")), 409, "fair-finished");
    }

    @Test
    void showsPromotionsToThePublicWithoutVoucherCodes() throws Exception {
        announce(fair, voucher("BIMAT"));

        List<String> publicCodes =
                JsonPath.read(api.get("/api/fairs/" + fair + "/promotions").body(), "$.items[*].voucher.code");
        List<String> organiserCodes = JsonPath.read(
                api.asOrganiser("GET", "/api/fairs/" + fair + "/promotions", null)
                        .body(),
                "$.items[*].voucher.code");

        assertThat(publicCodes).containsOnlyNulls().hasSize(1);
        assertThat(organiserCodes).containsExactly("BIMAT");
    }

    private HttpResponse<String> announce(String fairId, String promotion) throws Exception {
        return api.asOrganiser("POST", "/api/fairs/" + fairId + "/promotions", promotion);
    }

    private HttpResponse<String> withdraw(String promotionId) throws Exception {
        return api.asOrganiser(
                "POST",
                "/api/fairs/" + fair + "/promotions/" + promotionId + "/withdrawal",
                "{\"reason\":\"Hết ngân sách\"}");
    }
}
