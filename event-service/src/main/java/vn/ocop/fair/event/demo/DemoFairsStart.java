package vn.ocop.fair.event.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.TaskScheduler;
import vn.ocop.fair.event.fair.FairScheduler;

/**
 * Sets up the demo fairs once the catalogue's products have arrived (applications are checked
 * against them): after start-up it looks at the read model every {@link #CHECK_EVERY} on the task
 * scheduler, never blocking a thread, and seeds when {@link CatalogueArrival} says so.
 */
class DemoFairsStart implements ApplicationRunner {

    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final Duration QUIET = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(DemoFairsStart.class);

    private final DemoFairs fairs;
    private final DemoExhibitors exhibitors;
    private final FairScheduler fairScheduler;
    private final TaskScheduler tasks;
    private final Clock clock;
    private final AtomicBoolean seeded = new AtomicBoolean();
    private volatile ScheduledFuture<?> checks;

    DemoFairsStart(
            DemoFairs fairs, DemoExhibitors exhibitors, FairScheduler fairScheduler, TaskScheduler tasks, Clock clock) {
        this.fairs = fairs;
        this.exhibitors = exhibitors;
        this.fairScheduler = fairScheduler;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CatalogueArrival arrival = new CatalogueArrival(clock.instant(), PATIENCE, QUIET);
        checks = tasks.scheduleWithFixedDelay(() -> check(arrival), clock.instant(), CHECK_EVERY);
    }

    private void check(CatalogueArrival arrival) {
        if (seeded.get()) {
            return;
        }
        try {
            CatalogueArrival.Verdict verdict = arrival.check(clock.instant(), exhibitors.listedPerExhibitor());
            if (verdict == CatalogueArrival.Verdict.WAIT || !seeded.compareAndSet(false, true)) {
                return;
            }
            stopChecking();
            if (verdict == CatalogueArrival.Verdict.GIVE_UP) {
                log.warn(
                        "Demo fairs: not every exhibitor's products arrived within {}; seeding what is known",
                        PATIENCE);
            }
            fairs.seed(clock.instant());
            fairScheduler.tick(); // opens what is due now instead of at the next tick
        } catch (RuntimeException e) {
            log.warn("Demo fairs could not be set up: {}", e.toString(), e);
        }
    }

    private void stopChecking() {
        ScheduledFuture<?> scheduled = checks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
