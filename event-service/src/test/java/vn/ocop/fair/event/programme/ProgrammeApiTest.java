package vn.ocop.fair.event.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ProblemResponses.assertProblem;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;

@EventIntegrationTest
class ProgrammeApiTest {

    @Autowired
    FairsApi api;

    String fair;

    @BeforeEach
    void publishedFair() throws Exception {
        fair = api.published(LocalDate.parse("2031-03-10"), LocalDate.parse("2031-03-12"));
    }

    /** A performance on a stage on 11 March 2031; times in UTC (Hanoi is UTC+7). */
    static String performance(String stage, String from, String until, String producer) {
        return """
                {"kind":"PERFORMANCE","title":"Hát quan họ %s","stage":"%s",
                 "startsAt":"2031-03-11T%s:00Z","endsAt":"2031-03-11T%s:00Z","producerIds":["%s"]}
                """.formatted(from, stage, from, until, producer);
    }

    static String livestream(String booth, String from, String until, String producer) {
        return """
                {"kind":"LIVESTREAM","title":"Livestream lụa Vạn Phúc","boothCode":"%s",
                 "startsAt":"2031-03-11T%s:00Z","endsAt":"2031-03-11T%s:00Z",
                 "livestream":{"platform":"TIKTOK","host":"Nguyễn Thu Hà","url":"https://www.tiktok.com/@ocopmarket/live"},
                 "producerIds":["%s"],"productIds":["0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11"]}
                """.formatted(booth, from, until, producer);
    }

    @Test
    void schedulesActivitiesRefusingOverlapsOnAStageAndAcceptingTouchingOnes() throws Exception {
        HttpResponse<String> first = schedule(performance("Sân khấu chính", "03:00", "04:00", "nghe-nhan-a"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(JsonPath.<List<String>>read(first.body(), "$.warnings")).isEmpty();
        assertThat(JsonPath.<String>read(first.body(), "$.stage")).isEqualTo("Sân khấu chính");

        assertProblem(
                schedule(performance("Sân khấu chính", "03:30", "04:30", "nghe-nhan-b")), 409, "activity-overlap");
        assertProblem(
                schedule(performance("Sân khấu chính", "03:15", "03:45", "nghe-nhan-b")), 409, "activity-overlap");
        assertThat(schedule(performance("Sân khấu chính", "04:00", "05:00", "nghe-nhan-b"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(schedule(performance("Sân khấu phụ", "03:30", "04:30", "nghe-nhan-c"))
                        .statusCode())
                .isEqualTo(201);

        List<String> starts =
                JsonPath.read(api.get("/api/fairs/" + fair + "/activities").body(), "$.items[*].startsAt");
        assertThat(starts).containsExactly("2031-03-11T03:00:00Z", "2031-03-11T03:30:00Z", "2031-03-11T04:00:00Z");
    }

    @Test
    void warnsWhenAProducerIsBookedInTwoPlacesAtOnce() throws Exception {
        schedule(livestream("A-01", "05:00", "06:00", "htx-lua-van-phuc"));

        HttpResponse<String> second = schedule(performance("Sân khấu chính", "05:30", "06:30", "htx-lua-van-phuc"));

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(JsonPath.<List<String>>read(second.body(), "$.warnings"))
                .singleElement()
                .asString()
                .contains("Producer htx-lua-van-phuc is also in 'Livestream lụa Vạn Phúc'");
    }

    @Test
    void refusesActivitiesOutsideTheFairsHoursOrDaysOrAtAnUnknownBooth() throws Exception {
        // 00:30Z is 07:30 in Hanoi, before the 08:00 opening; 15:30Z is 22:30, after closing
        assertProblem(schedule(performance("Sân khấu chính", "00:30", "01:30", "x")), 422, "activity-outside-hours");
        assertProblem(schedule(performance("Sân khấu chính", "14:30", "15:30", "x")), 422, "activity-outside-hours");
        assertProblem(
                schedule(performance("Sân khấu chính", "03:00", "04:00", "x").replace("2031-03-11", "2031-03-13")),
                422,
                "activity-outside-hours");
        assertProblem(schedule(livestream("Z-99", "03:00", "04:00", "x")), 422, "invalid-activity");
        assertProblem(
                schedule(livestream("A-01", "03:00", "04:00", "x").replace("\"TIKTOK\"", "\"MYSPACE\"")),
                400,
                "unreadable-request");
        assertProblem(schedule(performance("", "03:00", "04:00", "x")), 422, "invalid-activity");
    }

    @Test
    void ofTwoOrganisersBookingTheSameStageAtOnceExactlyOneGetsIt() throws Exception {
        ExecutorService organisers = Executors.newFixedThreadPool(4);
        List<Integer> statuses;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> bookings = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> organisers.submit(() -> {
                        start.await();
                        return schedule(performance("Sân khấu đua", "07:00", "08:00", "p" + i))
                                .statusCode();
                    }))
                    .toList();
            start.countDown();
            statuses = bookings.stream()
                    .map(f -> {
                        try {
                            return f.get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        } finally {
            organisers.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
    }

    @Test
    void publishesTheProgrammeAsAnICalendarThatIcal4jParses() throws Exception {
        schedule(performance("Sân khấu chính", "03:00", "04:00", "x"));
        schedule(livestream("A-01", "05:00", "06:00", "htx-lua-van-phuc"));

        HttpResponse<String> feed = api.get("/api/fairs/" + fair + "/programme.ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(events)
                .extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactlyInAnyOrder("Hát quan họ 03:00", "Livestream lụa Vạn Phúc");
        VEvent livestream = events.stream()
                .filter(e -> e.getProperty(Property.LOCATION)
                        .orElseThrow()
                        .getValue()
                        .equals("Gian hàng A-01"))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.from(livestream.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2031-03-11T05:00:00Z"));
        assertThat(Instant.from(livestream.getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2031-03-11T06:00:00Z"));
    }

    @Test
    void hidesADraftsProgrammeFromThePublic() throws Exception {
        String draft = api.draft(FairsApi.tradeWeek(LocalDate.parse("2031-03-10"), LocalDate.parse("2031-03-12")));

        assertThat(api.get("/api/fairs/" + draft + "/activities").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/fairs/" + draft + "/programme.ics").statusCode())
                .isEqualTo(404);
        assertThat(api.asOrganiser("GET", "/api/fairs/" + draft + "/activities", null)
                        .statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> schedule(String activity) throws Exception {
        return api.asOrganiser("POST", "/api/fairs/" + fair + "/activities", activity);
    }
}
