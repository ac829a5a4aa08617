package vn.ocop.fair.event.fair;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code ocop.fairs{status}}: how many fairs are in each status, recounted periodically (a scrape
 * reads the cached counts and never waits on the database).
 */
@Component
class FairMetrics {

    private final Fairs fairs;
    private final Map<FairStatus, AtomicLong> counts = new EnumMap<>(FairStatus.class);

    FairMetrics(Fairs fairs, MeterRegistry meters) {
        this.fairs = fairs;
        for (FairStatus status : FairStatus.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder("ocop.fairs", count, AtomicLong::get)
                    .description("Fairs in each status")
                    .tag("status", status.name())
                    .register(meters);
        }
    }

    @Scheduled(fixedDelayString = "${ocop.event.fairs.metrics-refresh}")
    void refresh() {
        counts.forEach((status, count) -> count.set(fairs.countByStatus(status)));
    }
}
