package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.FIRST_DAY;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;
import static vn.ocop.fair.event.ExhibitorFixtures.tokens;
import static vn.ocop.fair.event.ProblemResponses.assertProblem;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.ExhibitorIntegrationTest;
import vn.ocop.fair.event.product.CatalogProduct;

/** Exhibitor applications over HTTP: who may apply, see, decide and withdraw, and what eligibility refuses. */
class ExhibitorApplicationApiTest extends ExhibitorIntegrationTest {

    @Test
    void producerAppliesWithItsEligibleProductsAndBoothPreferences() {
        String fair = fixtures.fair();
        String product = fixtures.product("htx-lua-van-phuc");

        HttpResponse<String> answer = fixtures.send(
                "POST",
                "/api/fairs/" + fair + "/applications",
                "{\"productIds\":[\"%s\"],\"boothPreferences\":[\"A-01\",\"A-02\"]}".formatted(product),
                tokens().producer("htx-lua-van-phuc"));

        expect(answer, 201);
        assertThat(answer.headers().firstValue("Location")).isPresent();
        assertThat(JsonPath.<String>read(answer.body(), "$.status")).isEqualTo("PENDING");
        assertThat(JsonPath.<String>read(answer.body(), "$.producerId")).isEqualTo("htx-lua-van-phuc");
        assertThat(JsonPath.<List<String>>read(answer.body(), "$.boothPreferences"))
                .containsExactly("A-01", "A-02");
    }

    @Test
    void producerMayApplyOnlyForItselfWhileAnOrganiserAppliesOnAProducersBehalf() {
        String fair = fixtures.fair();
        String theirs = fixtures.product("htx-b");
        String body = "{\"producerId\":\"htx-b\",\"productIds\":[\"%s\"]}".formatted(theirs);

        HttpResponse<String> impostor =
                fixtures.send("POST", "/api/fairs/" + fair + "/applications", body, tokens().producer("htx-a"));
        HttpResponse<String> onBehalf =
                fixtures.send("POST", "/api/fairs/" + fair + "/applications", body, tokens().organiser());

        assertProblem(impostor, 403, "not-your-producer");
        expect(onBehalf, 201);
        assertThat(JsonPath.<String>read(onBehalf.body(), "$.appliedBy")).isEqualTo("bantochuc");
        assertProblem(
                fixtures.send("POST", "/api/fairs/" + fair + "/applications", body, tokens().organiser()),
                409,
                "already-applied");
        assertThat(fixtures.send("POST", "/api/fairs/" + fair + "/applications", body, tokens().customer("khachhang"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void ineligibleApplicationIsRefusedListingEveryFailedProductAndRule() {
        String fair = fixtures.fair("PUBLISHED", 4, List.of("Hà Nội"), null, 5);
        String delisted = fixtures.product("htx-a", 4, "DELISTED", FIRST_DAY.plusYears(1), "Hà Nội");
        String threeStars = fixtures.product("htx-a", 3, "LISTED", FIRST_DAY.plusYears(1), "Hà Nội");
        String lapsing = fixtures.product("htx-a", 5, "LISTED", FIRST_DAY.plusDays(4), "Hà Nội");
        String theirs = fixtures.product("htx-b");
        String eligible = fixtures.product("htx-a", 5, "LISTED", FIRST_DAY.plusDays(5), "Hà Nội");

        HttpResponse<String> answer = fixtures.send(
                "POST",
                "/api/fairs/" + fair + "/applications",
                "{\"productIds\":[\"%s\",\"%s\",\"%s\",\"%s\",\"no-such-product\",\"%s\"]}"
                        .formatted(delisted, threeStars, lapsing, theirs, eligible),
                tokens().producer("htx-a"));

        assertProblem(answer, 422, "not-eligible");
        assertThat(JsonPath.<List<String>>read(answer.body(), "$.failures[*].rule"))
                .containsExactly(
                        "not-listed",
                        "stars-below-minimum",
                        "certificate-expires-during-fair",
                        "other-producer",
                        "unknown-product");
        assertThat(JsonPath.<List<String>>read(answer.body(), "$.failures[*].productId"))
                .containsExactly(delisted, threeStars, lapsing, theirs, "no-such-product");
    }

    @Test
    void producersApplyOnlyWhileTheFairIsPublishedOrOpen() {
        String draft = fixtures.fair("DRAFT", 3, List.of(), null, 5);
        String body = "{\"productIds\":[\"%s\"]}".formatted(fixtures.product("htx-a"));

        assertProblem(
                fixtures.send("POST", "/api/fairs/" + draft + "/applications", body, tokens().producer("htx-a")),
                409,
                "fair-not-accepting-applications");
        assertProblem(
                fixtures.send("POST", "/api/fairs/nope/applications", body, tokens().producer("htx-a")),
                404,
                "fair-not-found");
    }

    @Test
    void producerSeesAndWithdrawsOnlyItsOwnApplications() {
        String fair = fixtures.fair();
        String mine = fixtures.apply(fair, "htx-a");
        String theirs = fixtures.apply(fair, "htx-b");
        String path = "/api/fairs/" + fair + "/applications";

        String page = expect(fixtures.send("GET", path, null, tokens().producer("htx-a")), 200)
                .body();
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].id")).containsExactly(mine);
        assertThat(JsonPath.<Integer>read(page, "$.total")).isEqualTo(1);
        assertProblem(
                fixtures.send("GET", path + "/" + theirs, null, tokens().producer("htx-a")),
                404,
                "application-not-found");
        assertProblem(
                fixtures.send("POST", path + "/" + theirs + "/withdrawal", null, tokens().producer("htx-a")),
                404,
                "application-not-found");
        expect(fixtures.send("GET", path + "/" + mine, null, tokens().producer("htx-a")), 200);
        expect(
                fixtures.send(
                        "POST",
                        path + "/" + mine + "/withdrawal",
                        "{\"reason\":\"Bận mùa vụ\"}",
                        tokens().producer("htx-a")),
                204);
        String organisers = expect(fixtures.send("GET", path + "?status=PENDING", null, tokens().organiser()), 200)
                .body();
        assertThat(JsonPath.<List<String>>read(organisers, "$.items[*].id")).containsExactly(theirs);
        assertThat(fixtures.send("GET", path, null, tokens().customer("khachhang"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(fixtures.send("GET", path, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyOrganisersDecideAndARejectionNeedsAReason() {
        String fair = fixtures.fair();
        String application = fixtures.apply(fair, "htx-a");
        String path = "/api/fairs/" + fair + "/applications/" + application + "/decision";

        assertThat(fixtures.send("POST", path, "{\"decision\":\"APPROVED\"}", tokens().producer("htx-a"))
                        .statusCode())
                .isEqualTo(403);
        assertProblem(
                fixtures.send("POST", path, "{\"decision\":\"REJECTED\"}", tokens().organiser()),
                400,
                "invalid-request");
        assertProblem(
                fixtures.send("POST", path, "{\"decision\":\"MAYBE\"}", tokens().organiser()),
                400,
                "unreadable-request");
        String rejected = expect(
                        fixtures.send(
                                "POST",
                                path,
                                "{\"decision\":\"REJECTED\",\"reason\":\"Sản phẩm trùng nhóm\"}",
                                tokens().organiser()),
                        200)
                .body();
        assertThat(JsonPath.<String>read(rejected, "$.status")).isEqualTo("REJECTED");
        assertProblem(
                fixtures.send("POST", path, "{\"decision\":\"APPROVED\"}", tokens().organiser()),
                409,
                "decision-not-allowed");
    }

    @Test
    void approvalChecksEligibilityAgain() {
        String fair = fixtures.fair();
        String product = fixtures.product("htx-a");
        String application = JsonPath.read(
                expect(
                                fixtures.send(
                                        "POST",
                                        "/api/fairs/" + fair + "/applications",
                                        "{\"productIds\":[\"%s\"]}".formatted(product),
                                        tokens().producer("htx-a")),
                                201)
                        .body(),
                "$.id");
        catalogProducts.apply(new CatalogProduct(
                product, 2, "Sản phẩm", "htx-a", "HTX htx-a", "Hà Nội", 4, "DELISTED", FIRST_DAY.plusYears(1), null));

        HttpResponse<String> approval = fixtures.decide(fair, application, "APPROVED");

        assertProblem(approval, 422, "not-eligible");
        assertThat(JsonPath.<List<String>>read(approval.body(), "$.failures[*].rule"))
                .containsExactly("not-listed");
    }

    @Test
    void badPagingAndEmptyProductListsAreProblems() {
        String fair = fixtures.fair();
        String path = "/api/fairs/" + fair + "/applications";

        assertProblem(fixtures.send("GET", path + "?size=500", null, tokens().organiser()), 400, null);
        assertProblem(fixtures.send("GET", path + "?status=LOST", null, tokens().organiser()), 400, null);
        assertProblem(
                fixtures.send("POST", path, "{\"productIds\":[]}", tokens().producer("htx-a")), 400, "invalid-request");
    }
}
