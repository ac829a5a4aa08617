package vn.ocop.fair.event.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.FairsApi;

@EventIntegrationTest
class FairCalendarTest {

    @Autowired
    FairsApi api;

    @Test
    void feedsPublishedFairsAsICalendarEventsThatIcal4jParsesAndLeavesDraftsOut() throws Exception {
        String published = api.published(LocalDate.parse("2033-05-21"), LocalDate.parse("2033-05-25"));
        String draft = api.draft(FairsApi.tradeWeek(LocalDate.parse("2033-06-01"), LocalDate.parse("2033-06-02")));

        HttpResponse<String> feed = api.get("/api/fairs/calendar.ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events)
                .extracting(this::uid)
                .contains(published + "@ocop-fair.vn")
                .doesNotContain(draft + "@ocop-fair.vn");
        VEvent fair = events.stream()
                .filter(e -> uid(e).equals(published + "@ocop-fair.vn"))
                .findFirst()
                .orElseThrow();
        assertThat(text(fair, Property.SUMMARY)).isEqualTo("Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa");
        assertThat(text(fair, Property.LOCATION))
                .isEqualTo("Công viên Văn hóa Đống Đa, Số 1 Tây Sơn, Phường Đống Đa, Hà Nội");
        assertThat(text(fair, Property.DESCRIPTION)).contains("08:00–22:00");
        assertThat(Instant.from(fair.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2033-05-21T01:00:00Z"));
        assertThat(Instant.from(fair.getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2033-05-25T15:00:00Z"));
    }

    private String uid(VEvent event) {
        return text(event, Property.UID);
    }

    private static String text(VEvent event, String property) {
        Optional<Property> value = event.getProperty(property);
        return value.orElseThrow().getValue();
    }
}
