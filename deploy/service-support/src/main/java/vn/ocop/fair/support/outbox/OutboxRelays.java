package vn.ocop.fair.support.outbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.SmartLifecycle;

/**
 * The relay of every declared outbox collection ({@link OutboxCollections}), started and stopped
 * with the application. A writer takes the relay of its collection once, {@link
 * #forCollection(String)}, and wakes it after each write that appended events.
 */
public final class OutboxRelays implements SmartLifecycle {

    private final Map<String, OutboxRelay> byCollection;
    private volatile boolean running;

    OutboxRelays(Map<String, OutboxRelay> byCollection) {
        this.byCollection = Collections.unmodifiableMap(new LinkedHashMap<>(byCollection));
    }

    /**
     * The relay of this collection.
     *
     * @throws IllegalArgumentException when the collection was not declared as an outbox collection
     */
    public OutboxRelay forCollection(String collection) {
        OutboxRelay relay = byCollection.get(collection);
        if (relay == null) {
            throw new IllegalArgumentException(
                    "No outbox relay for " + collection + "; declared: " + byCollection.keySet());
        }
        return relay;
    }

    /** The collections relayed, in the order they were declared. */
    public Set<String> collections() {
        return byCollection.keySet();
    }

    @Override
    public synchronized void start() {
        byCollection.values().forEach(OutboxRelay::start);
        running = true;
    }

    @Override
    public synchronized void stop() {
        byCollection.values().forEach(OutboxRelay::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
