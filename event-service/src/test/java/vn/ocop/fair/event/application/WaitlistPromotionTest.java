package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.currentProducer;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;
import static vn.ocop.fair.event.ExhibitorFixtures.tokens;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.ExhibitorIntegrationTest;

/** A released booth goes to the waitlist in order: the first application that would take it. */
class WaitlistPromotionTest extends ExhibitorIntegrationTest {

    @Test
    void releasedBoothGoesToTheFirstWaitlistedApplicationThatWouldTakeIt() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 2);
        fixtures.booths(fair, "B", 1);
        String holder = fixtures.holding(fair, "A-01", "htx-holder");
        String wantsB = waitlisted(fair, "htx-wants-b", "B-01");
        String wantsA = waitlisted(fair, "htx-wants-a", "A-02", "A-01");
        String anyBooth = waitlisted(fair, "htx-any");
        assertThat(position(fair, anyBooth)).isEqualTo(3);

        String released = expect(release(fair, "A-01"), 200).body();

        assertThat(JsonPath.<String>read(released, "$.released.producerId")).isEqualTo("htx-holder");
        assertThat(JsonPath.<String>read(released, "$.promoted.applicationId")).isEqualTo(wantsA);
        assertThat(status(fair, wantsA)).isEqualTo("APPROVED");
        assertThat(status(fair, wantsB)).isEqualTo("WAITLISTED");
        assertThat(position(fair, wantsB)).isEqualTo(1);
        assertThat(position(fair, anyBooth)).isEqualTo(2);

        String again = expect(release(fair, "A-01"), 200).body();

        assertThat(JsonPath.<String>read(again, "$.promoted.applicationId")).isEqualTo(anyBooth);
        assertThat(status(fair, wantsB)).isEqualTo("WAITLISTED");
        assertThat(currentProducer(fixtures.floorPlan(fair), 0)).isEqualTo("htx-any");
    }

    @Test
    void nobodyIsPromotedWhenNoWaitlistedApplicationWouldTakeTheBooth() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 1);
        String holder = fixtures.holding(fair, "A-01", "htx-holder");
        String wantsB = waitlisted(fair, "htx-wants-b", "B-01");

        String released = expect(release(fair, "A-01"), 200).body();

        assertThat(JsonPath.<Object>read(released, "$.promoted")).isNull();
        assertThat(status(fair, wantsB)).isEqualTo("WAITLISTED");
        assertThat(release(fair, "A-01").statusCode()).isEqualTo(404);
    }

    @Test
    void withdrawingAnApprovedApplicationReleasesItsBoothToTheWaitlist() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 1);
        String holder = fixtures.holding(fair, "A-01", "htx-leaving");
        String next = waitlisted(fair, "htx-next");

        expect(
                fixtures.send(
                        "POST",
                        "/api/fairs/" + fair + "/applications/" + holder + "/withdrawal",
                        null,
                        tokens().producer("htx-leaving")),
                204);

        assertThat(status(fair, holder)).isEqualTo("WITHDRAWN");
        assertThat(status(fair, next)).isEqualTo("APPROVED");
        assertThat(currentProducer(fixtures.floorPlan(fair), 0)).isEqualTo("htx-next");
    }

    private String waitlisted(String fair, String producer, String... preferences) {
        String id = fixtures.apply(fair, producer, preferences);
        expect(fixtures.decide(fair, id, "WAITLISTED"), 200);
        return id;
    }

    private java.net.http.HttpResponse<String> release(String fair, String code) {
        return fixtures.send(
                "DELETE", "/api/fairs/" + fair + "/booths/" + code + "/assignment", null, tokens().organiser());
    }

    private String status(String fair, String application) {
        return JsonPath.read(application(fair, application), "$.status");
    }

    private Integer position(String fair, String application) {
        return JsonPath.read(application(fair, application), "$.waitlistPosition");
    }

    private String application(String fair, String application) {
        return expect(
                        fixtures.send(
                                "GET",
                                "/api/fairs/" + fair + "/applications/" + application,
                                null,
                                tokens().organiser()),
                        200)
                .body();
    }
}
