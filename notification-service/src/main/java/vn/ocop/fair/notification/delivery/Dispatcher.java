package vn.ocop.fair.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The sender loop. A send due when it is stored is claimed in the same insert and handed to a
 * worker at once, in memory ({@link #claimOnInsert}, {@link #dispatch}), as long as the queue has
 * room; everything else (retries, sends held by quiet hours, an overflow, leases left by a crash)
 * is found by the sweep, on a schedule and when woken, through the due markers (never a scan).
 * Success → SENT; failure → retried with exponential back-off, FAILED with the last error after
 * the last attempt; an endpoint that refuses (open circuit, full bulkhead) is looked at again later
 * without spending an attempt. Everything is in the collection, so a restart resumes where it
 * stopped.
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
    private final AtomicBoolean sweepQueued = new AtomicBoolean();
    private final AtomicInteger inQueue = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final BlockingQueue<Notifications.Sent> done = new LinkedBlockingQueue<>();
    private final Thread recorder = daemon(this::recordSent, "notification-sent");

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
        recorder.start();
    }

    /**
     * Records what the workers sent, up to 1,000 at a time (one bulk write per round; what was
     * sent while one round was written goes in the next): a send is SENT once recorded; one sent and not yet recorded when the process dies is sent again after its
     * lease, like any send interrupted by a crash.
     */
    private void recordSent() {
        List<Notifications.Sent> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (batch.isEmpty()) {
                    batch.add(done.take());
                }
                done.drainTo(batch, 1000 - batch.size());
                notifications.sentAll(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Could not record {} sends as SENT; trying again", batch.size(), e);
                sleepQuietly(settings.notPermittedDelay());
            }
        }
    }

    private static void sleepQuietly(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sweeps soon; wake-ups that arrive while a sweep is queued are merged into it. */
    public void wake() {
        if (sweepQueued.compareAndSet(false, true)) {
            try {
                loop.execute(() -> {
                    sweepQueued.set(false);
                    sweep();
                });
            } catch (RejectedExecutionException e) {
                // shutting down: the next start's sweep takes them
            }
        }
    }

    /**
     * Marks sends that are due now as claimed by this process (SENDING, first attempt, leased),
     * to be stored that way and handed to {@link #dispatch} once stored; false, leaving them
     * pending for the sweep, when the workers' queue has no room for them.
     */
    public boolean claimOnInsert(List<Document> dueNow, Instant now) {
        if (dueNow.isEmpty()) {
            return true;
        }
        if (inQueue.get() + dueNow.size() > settings.queueCapacity()) {
            overflowed.set(true);
            return false;
        }
        dueNow.forEach(d -> Notifications.claimedAtOnce(d, now.plus(settings.lease())));
        return true;
    }

    /** Hands sends stored already claimed ({@link #claimOnInsert}) to the workers. */
    public void dispatch(List<Document> claimed) {
        boolean refused = false;
        for (Document send : claimed) {
            Sender sender = senders.get(Channel.valueOf(send.getString("channel")));
            if (sender != null) {
                refused |= !start(sender, send);
            }
        }
        if (refused) {
            later(settings.notPermittedDelay());
        }
    }

    /** Sweeps again when a retry falls due (the poll would find it too, a little later). */
    private void later(Duration wait) {
        try {
            loop.schedule(this::wake, wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
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
            int room = settings.queueCapacity() - inQueue.get();
            if (room <= 0) {
                overflowed.set(true); // swept again when the queue has drained
                return;
            }
            int limit = Math.min(settings.batchSize(), room);
            List<Document> due = notifications.due(now, limit);
            boolean refused = false;
            int started = 0;
            for (Document seen : due) {
                Sender sender = senders.get(Channel.valueOf(seen.getString("channel")));
                Optional<Document> claimed =
                        sender == null ? Optional.empty() : notifications.claim(seen, now.plus(settings.lease()));
                if (claimed.isPresent()) {
                    if (start(sender, claimed.get())) {
                        started++;
                    } else {
                        refused = true;
                    }
                }
            }
            if (refused) {
                later(settings.notPermittedDelay());
            } else if (due.size() == limit && started > 0) {
                wake(); // there may be more
            }
        } catch (RuntimeException e) {
            log.warn("Sweep of pending notifications failed; the next one retries", e);
        }
    }

    /** Hands a claimed send to a worker; false when its endpoint refused it (it is postponed). */
    private boolean start(Sender sender, Document claimed) {
        if (!sender.admit(claimed)) {
            notifications.postpone(claimed, clock.instant().plus(settings.notPermittedDelay()));
            return false;
        }
        inQueue.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    deliver(sender, claimed);
                } finally {
                    if (inQueue.decrementAndGet() == 0 && overflowed.getAndSet(false)) {
                        wake();
                    }
                }
            });
            return true;
        } catch (RuntimeException e) {
            inQueue.decrementAndGet();
            sender.release(claimed);
            notifications.postpone(claimed, clock.instant().plus(settings.notPermittedDelay()));
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
            done.add(new Notifications.Sent(claimed, now, sent.detail()));
            Date eventTime = claimed.getDate("eventTime");
            metrics.sent(sender.channel(), type, eventTime == null ? null : eventTime.toInstant(), now);
        } else if (outcome instanceof Outcome.NotPermitted) {
            notifications.postpone(claimed, now.plus(settings.notPermittedDelay()));
            later(settings.notPermittedDelay());
        } else if (outcome instanceof Outcome.Failed failed) {
            int attempts = claimed.getInteger("attempts", 1);
            if (attempts >= settings.maxAttempts()) {
                notifications.failed(claimed, now, failed.error());
                metrics.failed(sender.channel(), type);
                log.warn("{} {} failed for good after {} attempts: {}", sender.channel(), id, attempts, failed.error());
            } else {
                Duration wait = backoff(attempts);
                notifications.retry(claimed, now, now.plus(wait), failed.error());
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
        recorder.interrupt();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
