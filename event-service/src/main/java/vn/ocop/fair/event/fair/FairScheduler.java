package vn.ocop.fair.event.fair;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.event.CommonRefusals;

/**
 * Opens published fairs whose first day's opening time has come and closes open fairs whose last
 * day's closing time has come (Asia/Ho_Chi_Minh; at the minute exactly, then at most one interval
 * late). Safe on several instances at once: each transition is a conditional update on the fair's
 * status and version, so of two instances opening the same fair one wins and the other is refused
 * (an illegal OPEN → OPEN), which it ignores.
 */
@Component
public class FairScheduler {

    private static final Logger log = LoggerFactory.getLogger(FairScheduler.class);

    private final FairPlanning planning;

    FairScheduler(FairPlanning planning) {
        this.planning = planning;
    }

    @Scheduled(
            fixedDelayString = "${ocop.event.fairs.scheduler-interval}",
            initialDelayString = "${ocop.event.fairs.scheduler-interval}")
    public void tick() {
        for (String id : planning.dueToOpen()) {
            transition(id, "opened", () -> planning.open(id));
        }
        for (String id : planning.dueToClose()) {
            transition(id, "closed", () -> planning.close(id));
        }
    }

    private static void transition(String id, String done, Runnable change) {
        try {
            change.run();
            log.info("Fair {} {} by the scheduler", id, done);
        } catch (FairRefusals.IllegalTransition | CommonRefusals.ConcurrentChange e) {
            log.debug("Fair {} not {} here (another instance did, or it changed): {}", id, done, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Fair {} could not be {}; the next tick retries: {}", id, done, e.toString());
        }
    }
}
