package vn.ocop.fair.event.fair;

import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (RFC 5545) documents, written with ical4j: times in UTC, one VEVENT per entry. */
public final class Ics {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    /** One event of a calendar; {@code location} and {@code description} may be null. */
    public record Entry(String uid, String summary, Instant start, Instant end, String location, String description) {}

    private Ics() {}

    public static String calendar(String name, List<Entry> entries) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//OCOP Fair//event-service//VI"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", name));
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.start(), entry.end(), entry.summary()).add(new Uid(entry.uid()));
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
