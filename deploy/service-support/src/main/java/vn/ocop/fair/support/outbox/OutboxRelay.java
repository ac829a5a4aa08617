package vn.ocop.fair.support.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events waiting in one collection's in-document outboxes, oldest first per
 * document, and removes each only after the broker acknowledged it. Woken right after a write
 * ({@link #wake()}), and polling so that events left behind by a crash or a broker outage still
 * go out. At-least-once: an event may be published twice (crash between ack and removal, two
 * instances), never lost; consumers are idempotent.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String OUTBOX = OutboxEntry.FIELD;

    private final MongoCollection<Document> collection;
    private final OutboxPublisher publisher;
    private final Duration pollInterval;
    private final int batchSize;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private final AtomicInteger backlog = new AtomicInteger();
    private final MeterRegistry meters;
    private final String collectionName;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(
            MongoCollection<Document> collection,
            OutboxPublisher publisher,
            Duration pollInterval,
            int batchSize,
            MeterRegistry meters) {
        this.collection = collection;
        this.publisher = publisher;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        String name = collection.getNamespace().getCollectionName();
        this.meters = meters;
        this.collectionName = name;
        this.published = Counter.builder("ocop.outbox.published")
                .description("Events the outbox relay published and the broker acknowledged")
                .tag("collection", name)
                .register(meters);
        this.failures = Counter.builder("ocop.outbox.publish.failures")
                .description("Attempts to publish an outbox event that failed; the event stays and is retried")
                .tag("collection", name)
                .register(meters);
        meters.gauge("ocop.outbox.backlog", List.of(io.micrometer.core.instrument.Tag.of("collection", name)), backlog);
    }

    /** Asks the relay to look for new events now instead of at its next poll. */
    public void wake() {
        wakeUps.release();
    }

    /**
     * Asks the relay to drain this aggregate's outbox now: it reads the document by {@code _id},
     * never by scanning. Call it right after the write that appended events to that document.
     */
    public void wake(Object aggregateId) {
        wakeUps.release();
    }

    /**
     * One pass over the pending events: every one is sent before any acknowledgement is awaited
     * (one aggregate's events share a key, so a partition, and the producer keeps their order), then
     * each acknowledged event is removed. After a failed event, the later events of its aggregate
     * stay, so they go out again after it: a duplicate rather than a reordering.
     *
     * @return how many events were published, or -1 if a publish failed
     */
    public int relayPending() {
        List<Document> pending = collection
                .find(Filters.exists(OUTBOX + ".0"))
                .projection(Projections.include("_id", OUTBOX))
                .limit(batchSize)
                .into(new ArrayList<>());
        backlog.set(pending.size());
        List<Sent> sent = new ArrayList<>();
        for (Document aggregate : pending) {
            for (Document raw : aggregate.getList(OUTBOX, Document.class)) {
                OutboxEntry entry = OutboxEntry.fromDocument(raw);
                sent.add(new Sent(aggregate.get("_id"), entry, publisher.publishAsync(entry)));
            }
        }
        Set<Object> failedAggregates = new HashSet<>();
        int count = 0;
        for (Sent event : sent) {
            if (failedAggregates.contains(event.aggregateId())) {
                continue;
            }
            OutboxEntry entry = event.entry();
            try {
                event.acknowledged().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } catch (ExecutionException e) {
                failures.increment();
                failedAggregates.add(event.aggregateId());
                log.warn(
                        "Could not publish {} {} to {}; it stays in the outbox and is retried: {}",
                        entry.type(),
                        entry.id(),
                        entry.topic(),
                        e.getCause().toString());
                continue;
            }
            collection.updateOne(
                    Filters.eq("_id", event.aggregateId()), Updates.pull(OUTBOX, new Document("id", entry.id())));
            published.increment();
            eventsPublished(entry.type()).increment();
            count++;
        }
        return failedAggregates.isEmpty() ? count : -1;
    }

    private record Sent(Object aggregateId, OutboxEntry entry, CompletableFuture<Void> acknowledged) {}

    /** Per CloudEvents type (a bounded set): what operators alert on, e.g. a wave of CertificateExpiring. */
    private Counter eventsPublished(String type) {
        return Counter.builder("ocop.events.published")
                .description("Events published from the outbox, per CloudEvents type")
                .tag("collection", collectionName)
                .tag("type", type)
                .register(meters);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(
                this::run, "outbox-relay-" + collection.getNamespace().getCollectionName());
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            int publishedNow = relaySafely();
            if (publishedNow > 0) {
                continue;
            }
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int relaySafely() {
        try {
            return relayPending();
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Outbox relay pass failed; retrying at the next poll: {}", e.toString());
            }
            return -1;
        }
    }
}
