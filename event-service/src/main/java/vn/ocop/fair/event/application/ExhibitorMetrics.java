package vn.ocop.fair.event.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.event.booth.BoothStatus;
import vn.ocop.fair.event.booth.FairTermsLookup;
import vn.ocop.fair.event.booth.FloorPlan;

/**
 * The booths and exhibitors gauges, recounted in the database every {@code
 * ocop.event.booths.metrics-refresh} (so every instance reports the same truth):
 * {@code ocop_fair_booths{fair,status}} and {@code ocop_fair_waitlist{fair}} for the fairs not
 * closed or cancelled (bounded: finished fairs drop out), {@code ocop_fair_applications{status}}
 * over all fairs.
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
                .description("Exhibitor applications per status")
                .register(meters);
        this.waitlist = MultiGauge.builder("ocop.fair.waitlist")
                .description("Waitlisted exhibitor applications of each fair not closed or cancelled")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${ocop.event.booths.metrics-refresh}")
    void refresh() {
        List<MultiGauge.Row<?>> boothRows = new ArrayList<>();
        List<MultiGauge.Row<?>> waitlistRows = new ArrayList<>();
        for (String fairId : fairs.changeableFairIds()) {
            floorPlan
                    .counts(fairId, clock.instant())
                    .forEach((BoothStatus status, Long n) ->
                            boothRows.add(MultiGauge.Row.of(Tags.of("fair", fairId, "status", status.label()), n)));
            waitlistRows.add(MultiGauge.Row.of(Tags.of("fair", fairId), applications.waitlistLength(fairId)));
        }
        booths.register(boothRows, true);
        waitlist.register(waitlistRows, true);
        List<MultiGauge.Row<?>> statusRows = new ArrayList<>();
        applications
                .countByStatus()
                .forEach((status, n) -> statusRows.add(MultiGauge.Row.of(Tags.of("status", status.name()), n)));
        byStatus.register(statusRows, true);
    }
}
