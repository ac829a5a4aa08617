package vn.ocop.fair.event.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.FIRST_DAY;
import static vn.ocop.fair.event.ExhibitorFixtures.currentProducer;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;
import static vn.ocop.fair.event.ExhibitorFixtures.tokens;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.ExhibitorIntegrationTest;

/** The floor plan's status of each booth at an instant: available, reserved, assigned, blocked. */
class FloorPlanTest extends ExhibitorIntegrationTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void showsEachBoothsStatusAtTheInstantAsked() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 4);
        fixtures.holding(fair, "A-01", "htx-whole-fair");
        expect(
                fixtures.assign(
                        fair,
                        "A-02",
                        fixtures.approved(fair, "htx-third-day"),
                        "\"startsAt\":\"%s\",\"endsAt\":\"%s\"".formatted(at(2, 8), at(2, 22))),
                200);
        expect(
                fixtures.send(
                        "PATCH", "/api/fairs/" + fair + "/booths/A-03", "{\"blocked\":true}", tokens().organiser()),
                200);

        assertThat(statuses(fair, at(0, 12))).containsExactly("assigned", "reserved", "blocked", "available");
        assertThat(statuses(fair, at(-1, 12))).containsExactly("reserved", "reserved", "blocked", "available");
        assertThat(statuses(fair, at(2, 12))).containsExactly("assigned", "assigned", "blocked", "available");
        assertThat(statuses(fair, at(3, 12))).containsExactly("assigned", "available", "blocked", "available");
        String plan = fixtures.floorPlan(fair, at(0, 12));
        assertThat(JsonPath.<Map<String, Integer>>read(plan, "$.counts"))
                .containsEntry("available", 1)
                .containsEntry("reserved", 1)
                .containsEntry("assigned", 1)
                .containsEntry("blocked", 1);
        assertThat(currentProducer(plan, 0)).isEqualTo("htx-whole-fair");
        assertThat(currentProducer(plan, 1)).isEqualTo("htx-third-day");
    }

    @Test
    void aBoothWithAnAssignmentCannotBeBlocked() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 1);
        fixtures.holding(fair, "A-01", "htx-a");

        var answer = fixtures.send(
                "PATCH", "/api/fairs/" + fair + "/booths/A-01", "{\"blocked\":true}", tokens().organiser());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("booth-already-assigned");
    }

    private List<String> statuses(String fair, Instant at) {
        return JsonPath.read(fixtures.floorPlan(fair, at), "$.booths[*].status");
    }

    static Instant at(int day, int hour) {
        return FIRST_DAY.plusDays(day).atTime(hour, 0).atZone(HANOI).toInstant();
    }
}
