package vn.ocop.fair.event.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The public calendar: every published or open fair as one VEVENT from first opening to last closing. */
@Component
class FairCalendar {

    private static final int MOST = 1_000;

    private final Fairs fairs;

    FairCalendar(Fairs fairs) {
        this.fairs = fairs;
    }

    String feed() {
        List<Ics.Entry> entries = new ArrayList<>();
        Stream.of(FairStatus.PUBLISHED, FairStatus.OPEN)
                .flatMap(status -> fairs.list(new FairQuery(null, null, status, null, null, 0, MOST), false).stream())
                .filter(fair -> fair.plan().isScheduled())
                .forEach(fair -> entries.add(entry(fair)));
        return Ics.calendar("Hội chợ OCOP", entries);
    }

    static Ics.Entry entry(Fair fair) {
        FairPlan plan = fair.plan();
        Venue venue = plan.venue();
        String location = venue == null
                ? null
                : String.join(
                        ", ",
                        Stream.of(venue.name(), venue.address(), venue.commune(), venue.province())
                                .filter(part -> part != null && !part.isBlank())
                                .toList());
        String description = (plan.theme() == null ? "" : plan.theme() + "\n")
                + "Mở cửa hằng ngày %s–%s (giờ Việt Nam), %s đến %s"
                        .formatted(plan.opensAt(), plan.closesAt(), plan.startsOn(), plan.endsOn());
        return new Ics.Entry(
                fair.id() + "@ocop-fair.vn",
                plan.name(),
                plan.firstOpening(),
                plan.lastClosing(),
                location,
                description);
    }
}
