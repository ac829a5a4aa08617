package vn.ocop.fair.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.NotificationMetrics;
import vn.ocop.fair.notification.notification.Notifications;

/**
 * The sender loop: sweeps due e-mails and webhook calls (on a schedule, and at once when woken
 * after an insert), claims each with a lease, and hands it to a worker. Success → SENT; failure →
 * retried with exponential back-off, FAILED with the last error after the last attempt; an
 * endpoint that refuses (open circuit, full bulkhead) is looked at again later without spending an
 * attempt. Everything is in the collection, so a restart resumes where it stopped.
 */
@Component
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Notifications notifications;
    private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);
    private final NotificationMetrics metrics;
    private final NotificationProperties.Delivery settings;
    private final Clock clock;
    private final ScheduledExecutorService loop =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "notification-sweep"));
    private final ExecutorService workers;
    private final AtomicBoolean queued = new AtomicBoolean();

    Dispatcher(
            Notifications notifications,
            List<Sender> senders,
            NotificationMetrics metrics,
            NotificationProperties properties,
            Clock clock) {
        this.notifications = notifications;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.metrics = metrics;
        this.settings = properties.delivery();
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> daemon(r, "notification-send"));
    }

    /** Sweeps soon; wake-ups that arrive while a sweep is queued are merged into it. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            loop.execute(() -> {
                queued.set(false);
                sweep();
            });
        }
    }

    /** Sweeps again when a retry falls due (the poll would find it too, a little later). */
    private void later(Duration wait) {
        try {
            loop.schedule(this::wake, wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the next start's sweep takes it
        }
    }

    @Scheduled(fixedDelayString = "${ocop.notification.delivery.poll-interval}")
    void poll() {
        wake();
    }

    private void sweep() {
        try {
            Instant now = clock.instant();
            boolean refused = false;
            for (Document due : notifications.due(now, settings.batchSize())) {
                Sender sender = senders.get(Channel.valueOf(due.getString("channel")));
                if (sender == null) {
                    continue;
                }
                refused |= notifications
                        .claim(due, now.plus(settings.lease()))
                        .map(claimed -> !start(sender, claimed))
                        .orElse(false);
            }
            if (refused) {
                later(settings.notPermittedDelay());
            }
        } catch (RuntimeException e) {
            log.warn("Sweep of pending notifications failed; the next one retries", e);
        }
    }

    /** Hands a claimed send to a worker; false when its endpoint refused it (it is postponed). */
    private boolean start(Sender sender, Document claimed) {
        if (!sender.admit(claimed)) {
            notifications.postpone(claimed.get("_id"), clock.instant().plus(settings.notPermittedDelay()));
            return false;
        }
        try {
            workers.execute(() -> deliver(sender, claimed));
            return true;
        } catch (RuntimeException e) {
            sender.release(claimed);
            notifications.postpone(claimed.get("_id"), clock.instant().plus(settings.notPermittedDelay()));
            return false;
        }
    }

    private void deliver(Sender sender, Document claimed) {
        Object id = claimed.get("_id");
        String type = claimed.getString("type");
        Outcome outcome;
        try {
            outcome = sender.send(claimed);
        } catch (RuntimeException e) {
            outcome = new Outcome.Failed(e.toString());
        }
        Instant now = clock.instant();
        if (outcome instanceof Outcome.Sent sent) {
            notifications.sent(id, now, sent.detail());
            Date eventTime = claimed.getDate("eventTime");
            metrics.sent(sender.channel(), type, eventTime == null ? null : eventTime.toInstant(), now);
        } else if (outcome instanceof Outcome.NotPermitted) {
            notifications.postpone(id, now.plus(settings.notPermittedDelay()));
            later(settings.notPermittedDelay());
        } else if (outcome instanceof Outcome.Failed failed) {
            int attempts = claimed.getInteger("attempts", 1);
            if (attempts >= settings.maxAttempts()) {
                notifications.failed(id, now, failed.error());
                metrics.failed(sender.channel(), type);
                log.warn("{} {} failed for good after {} attempts: {}", sender.channel(), id, attempts, failed.error());
            } else {
                Duration wait = backoff(attempts);
                notifications.retry(id, now, now.plus(wait), failed.error());
                later(wait);
            }
        }
    }

    /** 1st failure → initial back-off, then doubled each time, at most the maximum. */
    Duration backoff(int attempts) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    @Override
    public void destroy() {
        loop.shutdownNow();
        workers.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
