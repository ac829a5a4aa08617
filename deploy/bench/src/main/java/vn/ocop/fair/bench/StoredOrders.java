package vn.ocop.fair.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;

/**
 * Finished orders copied from a real one: for the raw-driver comparison (one {@code insertOne} of a
 * document shaped like an order) and to fill order-service's {@code orders} collection up to a
 * number of stored orders ({@code insertMany}, 1,000 at a time), as if a fair had been running for
 * days. Each copy gets a new {@code _id} and one of 5,000 customers; fields of sparse unique indexes
 * (working-set markers) are dropped, and a non-sparse unique index other than {@code _id} stops the
 * bench, since copies cannot honour it.
 */
final class StoredOrders {

    private static final int BATCH = 1_000;
    private static final int SEED_CUSTOMERS = 5_000;

    private final MongoCollection<Document> orders;
    private final Document template;
    private final String run;

    StoredOrders(MongoDatabase orderDatabase, Document finishedOrder, String run) {
        this.orders = orderDatabase.getCollection("orders");
        this.template = withoutMarkers(orders, finishedOrder);
        this.run = run;
    }

    long count() {
        return orders.estimatedDocumentCount();
    }

    Document copy(long n) {
        Document copy = new Document(template); // nested values are shared, never changed
        copy.put("_id", UUID.randomUUID().toString());
        copy.put("customerId", "seed-" + run + "-" + (n % SEED_CUSTOMERS));
        return copy;
    }

    /** Inserts copies until the collection holds {@code target} orders; returns how many were inserted. */
    long seedUpTo(long target) {
        long missing = target - count();
        if (missing <= 0) {
            return 0;
        }
        Progress progress = new Progress("seeding " + String.format(Locale.ROOT, "%,d", missing) + " orders");
        long done = 0;
        while (done < missing) {
            int size = (int) Math.min(BATCH, missing - done);
            List<Document> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(copy(done + i));
            }
            orders.insertMany(batch, new InsertManyOptions().ordered(false));
            done += size;
            final long inserted = done;
            progress.maybe(() -> String.format(
                    Locale.ROOT, "%,d inserted (%,.0f/s)", inserted, inserted / Math.max(0.001, progress.seconds())));
        }
        return done;
    }

    /** A closed loop of {@code insertOne} into a scratch database on the same wire server. */
    ClosedLoop.Result rawInserts(MongoDatabase scratch, int connections, Duration length, String name)
            throws InterruptedException {
        MongoCollection<Document> target = scratch.getCollection("orders");
        java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
        try {
            return ClosedLoop.run(name, connections, length, 200, () -> {
                target.insertOne(copy(n.getAndIncrement()));
                return 200;
            });
        } finally {
            scratch.drop();
        }
    }

    private static Document withoutMarkers(MongoCollection<Document> orders, Document order) {
        Document copy = new Document(order);
        copy.remove("outbox");
        for (Document index : orders.listIndexes()) {
            Document key = index.get("key", Document.class);
            if (!Boolean.TRUE.equals(index.getBoolean("unique")) || key.containsKey("_id")) {
                continue;
            }
            for (String field : key.keySet()) {
                String top = field.split("\\.")[0];
                if (!copy.containsKey(top)) {
                    continue;
                }
                if (Boolean.TRUE.equals(index.getBoolean("sparse"))) {
                    copy.remove(top);
                } else {
                    throw new IllegalStateException("orders has a unique index " + key
                            + " that copies of an order cannot honour: teach StoredOrders about it");
                }
            }
        }
        return copy;
    }
}
