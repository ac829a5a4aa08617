package vn.ocop.fair.event.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.event.booth.BoothStatus;
import vn.ocop.fair.event.booth.FairTermsLookup;
import vn.ocop.fair.event.booth.FloorPlan;

/**
 * The booths and exhibitors gauges, recounted in the database every {@code
 * ocop.event.booths.metrics-refresh} (so every instance reports the same truth), all for the fairs
 * not closed or cancelled (bounded: finished fairs drop out): {@code ocop_fair_booths{fair,status}},
 * {@code ocop_fair_waitlist{fair}} and {@code ocop_fair_applications{status}}. Each refresh reads
 * the fairs (tens), each such fair's booths by their {@code _id} prefix and assignments by
 * {@code _id}, and the applications through their {@code current} marker; the applications of a
 * fair that finished leave that working set at the next refresh.
 */
@Component
class ExhibitorMetrics {

    private final FairTermsLookup fairs;
    private final FloorPlan floorPlan;
    private final Applications applications;
    private final Clock clock;
    private final MultiGauge booths;
    private final MultiGauge byStatus;
    private final MultiGauge waitlist;

    ExhibitorMetrics(
            FairTermsLookup fairs,
            FloorPlan floorPlan,
            Applications applications,
            ObjectProvider<Clock> clock,
            MeterRegistry meters) {
        this.fairs = fairs;
        this.floorPlan = floorPlan;
        this.applications = applications;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.booths = MultiGauge.builder("ocop.fair.booths")
                .description("Booths of each fair not closed or cancelled, per floor-plan status now")
                .register(meters);
        this.byStatus = MultiGauge.builder("ocop.fair.applications")
                .description("Exhibitor applications to fairs not closed or cancelled, per status")
                .register(meters);
        this.waitlist = MultiGauge.builder("ocop.fair.waitlist")
                .description("Waitlisted exhibitor applications of each fair not closed or cancelled")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${ocop.event.booths.metrics-refresh}")
    void refresh() {
        Set<String> running = new HashSet<>(fairs.changeableFairIds());
        Map<String, Map<ApplicationStatus, Long>> current = applications.currentByFair();
        current.keySet().stream().filter(fair -> !running.contains(fair)).forEach(applications::retire);
        Map<ApplicationStatus, Long> statuses = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            statuses.put(status, 0L);
        }
        List<MultiGauge.Row<?>> boothRows = new ArrayList<>();
        List<MultiGauge.Row<?>> waitlistRows = new ArrayList<>();
        for (String fairId : running) {
            floorPlan
                    .counts(fairId, clock.instant())
                    .forEach((BoothStatus status, Long n) ->
                            boothRows.add(MultiGauge.Row.of(Tags.of("fair", fairId, "status", status.label()), n)));
            Map<ApplicationStatus, Long> ofFair = current.getOrDefault(fairId, Map.of());
            waitlistRows.add(
                    MultiGauge.Row.of(Tags.of("fair", fairId), ofFair.getOrDefault(ApplicationStatus.WAITLISTED, 0L)));
            ofFair.forEach((status, n) -> statuses.merge(status, n, Long::sum));
        }
        booths.register(boothRows, true);
        waitlist.register(waitlistRows, true);
        List<MultiGauge.Row<?>> statusRows = new ArrayList<>();
        statuses.forEach((status, n) -> statusRows.add(MultiGauge.Row.of(Tags.of("status", status.name()), n)));
        byStatus.register(statusRows, true);
    }
}
