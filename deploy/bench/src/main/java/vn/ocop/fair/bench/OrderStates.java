package vn.ocop.fair.bench;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * What became of the bench's orders, read from order-service's {@code orders} collection by {@code _id}
 * (batches of {@code $in}, which the wire server answers from its {@code _id} index): the status, and
 * when the saga decided, from the order's timeline (the CONFIRMED or REJECTED step).
 */
final class OrderStates {

    private static final int BATCH = 500;

    private final MongoCollection<Document> orders;

    OrderStates(MongoDatabase orderDatabase) {
        this.orders = orderDatabase.getCollection("orders");
    }

    /** Reads the documents of the placed orders that were not final yet. */
    void refresh(Collection<Placement> placements) {
        read(placements, false);
    }

    /** Reads the documents of every placed order again (a decided order may have moved on since). */
    void reread(Collection<Placement> placements) {
        read(placements, true);
    }

    private void read(Collection<Placement> placements, boolean all) {
        Map<String, Placement> open = new HashMap<>();
        for (Placement p : placements) {
            if (p.orderId != null && (all || !p.isFinal())) {
                open.put(p.orderId, p);
            }
        }
        List<String> ids = new ArrayList<>(open.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            for (Document order :
                    orders.find(in("_id", batch)).projection(Projections.include("status", "timeline", "lines"))) {
                Placement p = open.get(order.getString("_id"));
                read(order, p);
            }
        }
    }

    static void read(Document order, Placement p) {
        String status = order.getString("status");
        long decidedAt = 0;
        for (Document step : order.getList("timeline", Document.class, List.of())) {
            String name = step.getString("step");
            if (("CONFIRMED".equals(name) || "REJECTED".equals(name)) && step.get("at") instanceof Date at) {
                decidedAt = at.getTime();
                break;
            }
        }
        int deal = 0;
        for (Document line : order.getList("lines", Document.class, List.of())) {
            if (Boolean.TRUE.equals(line.getBoolean("flashDeal"))) {
                deal += line.getInteger("quantity", 0);
            }
        }
        p.dealUnits = deal;
        p.finalAtMillis = decidedAt;
        p.status = "PENDING".equals(status) || decidedAt == 0 ? "PENDING" : status;
    }

    /**
     * How often the bench reads the open orders while waiting for the saga. The decision times come
     * from each order's timeline, so polling less often does not blur them; polling every 500 ms
     * read up to 4,000 order documents a second from the wire server the system under test uses.
     */
    static final Duration POLL = Duration.ofSeconds(2);

    /** Polls until every placed order of {@code placements} is final or the time is up; returns how many are not. */
    long awaitFinal(Collection<Placement> placements, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Progress progress = new Progress(what);
        while (true) {
            refresh(placements);
            long open = placements.stream()
                    .filter(p -> p.orderId != null && !p.isFinal())
                    .count();
            if (open == 0 || System.nanoTime() > deadline) {
                return open;
            }
            progress.maybe(() -> String.format(Locale.ROOT, "%,d orders still PENDING", open));
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Sends every request whose outcome is unknown (5xx, time-out, broken connection) again, as it
     * was: the same key and body give the order the first request made, or make it now; a 4xx says
     * there is none. Straight to order-service, after the load, from 8 clients, for at most
     * {@code budget}; returns how many outcomes are still unknown.
     */
    static long resolveUnknown(Http http, String orderUrl, Collection<Placement> placements, Duration budget)
            throws InterruptedException {
        List<Placement> unknown =
                placements.stream().filter(OrderStates::unresolved).toList();
        if (unknown.isEmpty()) {
            return 0;
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicLong done = new AtomicLong();
        for (Placement p : unknown) {
            clients.submit(() -> {
                for (int attempt = 0; attempt < 3 && unresolved(p); attempt++) {
                    try {
                        HttpResponse<String> response = http.send(OrderTraffic.request(orderUrl, p));
                        p.answered(response.statusCode(), response.body());
                    } catch (IOException e) {
                        p.failed(e);
                        Thread.sleep(1_000);
                    }
                }
                done.incrementAndGet();
                return null;
            });
        }
        clients.shutdown();
        Progress progress =
                new Progress(String.format(Locale.ROOT, "replaying %,d requests of unknown outcome", unknown.size()));
        while (!clients.awaitTermination(1, TimeUnit.SECONDS)) {
            progress.maybe(() -> String.format(Locale.ROOT, "%,d done", done.get()));
        }
        return unknown.stream().filter(OrderStates::unresolved).count();
    }

    private static boolean unresolved(Placement p) {
        return p.outcome == Placement.Outcome.UNKNOWN || p.outcome == Placement.Outcome.SENT;
    }
}
