package vn.ocop.fair.support.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events waiting in one collection's in-document outboxes, in order per document,
 * and removes them only after the broker acknowledged them. A write wakes it with the id of the
 * document it changed ({@link #wake(Object)}): the relay reads that document by {@code _id}. Events
 * left behind by a crash or a broker outage are found through the pending marker ({@link
 * Outbox#PENDING}, a sparse unique index holding only documents with events), at every poll and on
 * {@link #wake()}; never by reading the whole collection. At-least-once: an event may be published
 * twice (crash between ack and removal, two instances), never lost; consumers are idempotent.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String OUTBOX = OutboxEntry.FIELD;
    private static final Bson OUTBOX_ONLY = Projections.include("_id", OUTBOX);

    private final MongoCollection<Document> collection;
    private final OutboxPublisher publisher;
    private final Duration pollInterval;
    private final int batchSize;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Queue<Object> woken = new ConcurrentLinkedQueue<>();
    private volatile boolean leftoversAsked;
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
        collection.createIndex(
                Indexes.ascending(Outbox.PENDING),
                new IndexOptions().unique(true).sparse(true));
    }

    /** Asks the relay to look for leftover events (through the pending marker) now. */
    public void wake() {
        leftoversAsked = true;
        wakeUps.release();
    }

    /**
     * Asks the relay to drain this aggregate's outbox now: it reads the document by {@code _id},
     * never by scanning. Call it right after the write that appended events to that document.
     */
    public void wake(Object aggregateId) {
        woken.add(aggregateId);
        wakeUps.release();
    }

    /**
     * Publishes every event pending now: first those of the documents it was woken for, then the
     * leftovers the pending marker shows.
     *
     * @return how many events were published, or -1 if a publish failed
     */
    public int relayPending() {
        int count = 0;
        boolean failed = false;
        while (!woken.isEmpty()) {
            int n = relayWoken();
            failed |= n < 0;
            count += Math.max(n, 0);
        }
        int leftovers = relayLeftovers();
        failed |= leftovers < 0;
        count += Math.max(leftovers, 0);
        return failed ? -1 : count;
    }

    /** The documents woken for, by {@code _id}, up to a batch; 0 when none was woken. */
    int relayWoken() {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object id; ids.size() < batchSize && (id = woken.poll()) != null; ) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        List<Document> aggregates =
                collection.find(Filters.in("_id", ids)).projection(OUTBOX_ONLY).into(new ArrayList<>());
        return relay(aggregates);
    }

    /** A batch of documents the pending marker shows, whatever woke the relay or not. */
    int relayLeftovers() {
        leftoversAsked = false;
        List<Document> aggregates = collection
                .find(Filters.regex(Outbox.PENDING, "^"))
                .projection(OUTBOX_ONLY)
                .limit(batchSize)
                .into(new ArrayList<>());
        backlog.set(aggregates.size() + woken.size());
        return relay(aggregates);
    }

    /**
     * Sends the events of these documents in rounds: round k sends the k-th event of every document
     * whose earlier events were acknowledged, then awaits the round's acks. So one document's events
     * reach the broker in order, and after a failure its later events are not sent at all: they go
     * out after the failed one, at the next pass. Then one bulk write removes what was acknowledged
     * and clears the marker of the documents left empty.
     */
    private int relay(List<Document> aggregates) {
        List<Pending> pending = aggregates.stream().map(Pending::of).toList();
        boolean failed = false;
        for (int round = 0; ; round++) {
            List<Sent> sent = new ArrayList<>();
            for (Pending aggregate : pending) {
                if (!aggregate.failed && round < aggregate.entries.size()) {
                    OutboxEntry entry = aggregate.entries.get(round);
                    sent.add(new Sent(aggregate, entry, publisher.publishAsync(entry)));
                }
            }
            if (sent.isEmpty()) {
                break;
            }
            for (Sent event : sent) {
                try {
                    event.acknowledged().get();
                    event.aggregate().acknowledged.add(event.entry());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                } catch (ExecutionException e) {
                    failed = true;
                    event.aggregate().failed = true;
                    failures.increment();
                    log.warn(
                            "Could not publish {} {} to {}; it stays in the outbox and is retried: {}",
                            event.entry().type(),
                            event.entry().id(),
                            event.entry().topic(),
                            e.getCause().toString());
                }
            }
        }
        return removeAcknowledged(pending, failed);
    }

    private int removeAcknowledged(List<Pending> pending, boolean failed) {
        List<WriteModel<Document>> removals = new ArrayList<>();
        int count = 0;
        for (Pending aggregate : pending) {
            List<String> ids =
                    aggregate.acknowledged.stream().map(OutboxEntry::id).toList();
            if (!aggregate.failed && !ids.isEmpty()) {
                removals.add(emptiedIfUnchanged(aggregate));
            }
            if (!ids.isEmpty()) {
                removals.add(new UpdateOneModel<>(
                        Filters.and(Filters.eq("_id", aggregate.id), Filters.in(OUTBOX + ".id", ids)),
                        Updates.pull(OUTBOX, Filters.in("id", ids))));
            }
            if (!aggregate.failed) {
                removals.add(new UpdateOneModel<>(
                        Filters.and(
                                Filters.eq("_id", aggregate.id),
                                Filters.size(OUTBOX, 0),
                                Filters.exists(Outbox.PENDING)),
                        Updates.unset(Outbox.PENDING)));
            }
            for (OutboxEntry entry : aggregate.acknowledged) {
                published.increment();
                eventsPublished(entry.type()).increment();
                count++;
            }
        }
        if (!removals.isEmpty()) {
            collection.bulkWrite(removals, new BulkWriteOptions().ordered(true));
        }
        return failed ? -1 : count;
    }

    /**
     * The usual case in one write: every event read went out and none came since, so the outbox
     * is emptied and the marker cleared at once. The outbox only grows at its end and only the
     * relay takes from it, so the same length with the same last event means the same events. When
     * events came meanwhile this matches nothing, and the two writes after it (each matching only
     * when it has something left to do) take out what was sent and clear the marker once the
     * outbox is empty. One write instead of two matters on a store that copies the whole document
     * for every write it matches.
     */
    private static UpdateOneModel<Document> emptiedIfUnchanged(Pending aggregate) {
        return new UpdateOneModel<>(
                holdsExactly(aggregate.id, aggregate.entries),
                Updates.combine(Updates.set(OUTBOX, List.of()), Updates.unset(Outbox.PENDING)));
    }

    /** The document whose outbox still holds exactly the events read (a non-empty list). */
    static Bson holdsExactly(Object id, List<OutboxEntry> read) {
        return Filters.and(
                Filters.eq("_id", id),
                Filters.size(OUTBOX, read.size()),
                Filters.eq(
                        OUTBOX + "." + (read.size() - 1) + ".id",
                        read.get(read.size() - 1).id()));
    }

    /** One document's events as read, and how far their publication got in this pass. */
    private static final class Pending {
        final Object id;
        final List<OutboxEntry> entries;
        final List<OutboxEntry> acknowledged = new ArrayList<>();
        boolean failed;

        private Pending(Object id, List<OutboxEntry> entries) {
            this.id = id;
            this.entries = entries;
        }

        static Pending of(Document aggregate) {
            List<Document> raw = aggregate.getList(OUTBOX, Document.class, List.of());
            return new Pending(
                    aggregate.get("_id"),
                    raw.stream().map(OutboxEntry::fromDocument).toList());
        }
    }

    private record Sent(Pending aggregate, OutboxEntry entry, CompletableFuture<Void> acknowledged) {}

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
        leftoversAsked = true;
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
        long nextLeftoverLook = System.nanoTime(); // and leftoversAsked: a look at start-up
        while (running) {
            int publishedNow = relaySafely(this::relayWoken);
            if (leftoversAsked || System.nanoTime() - nextLeftoverLook >= 0) {
                nextLeftoverLook = System.nanoTime() + pollInterval.toNanos();
                publishedNow = Math.max(publishedNow, relaySafely(this::relayLeftovers));
            }
            if (publishedNow > 0 || !woken.isEmpty()) {
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

    private int relaySafely(IntSupplier pass) {
        try {
            return pass.getAsInt();
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Outbox relay pass failed; retrying at the next poll: {}", e.toString());
            }
            return -1;
        }
    }
}
