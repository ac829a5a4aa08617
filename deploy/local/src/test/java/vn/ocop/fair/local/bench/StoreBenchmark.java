package vn.ocop.fair.local.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.bson.Document;
import vn.ocop.fair.local.EmbeddedMongoServer;
import vn.ocop.fair.local.FreePorts;

/**
 * The embedded wire server's backends side by side, on the operations one order makes: insert,
 * conditional update by {@code _id}, read by {@code _id}; with few and with many stored orders.
 * Run by {@code deploy/bench/store.sh [seconds-per-figure]}.
 */
public final class StoreBenchmark {

    private static final int THREADS = 8;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path scratch = Files.createTempDirectory("ocop-store-bench");
        System.out.printf(
                Locale.ROOT,
                "%-22s %8s %14s %14s %16s %14s %12s%n",
                "backend",
                "stored",
                "insert 1 thr/s",
                "insert 8 thr/s",
                "cond. update/s",
                "find _id/s",
                "full scans");
        for (String backend : List.of("memory", "h2-file")) {
            for (int stored : List.of(1_000, 50_000)) {
                Path file = scratch.resolve(backend + "-" + stored + ".mv");
                int port = FreePorts.next();
                try (EmbeddedMongoServer server = (backend.equals("memory")
                                        ? EmbeddedMongoServer.inMemory(port)
                                        : EmbeddedMongoServer.onDisk(port, file))
                                .start();
                        MongoClient client = MongoClients.create(server.connectionString())) {
                    MongoCollection<Document> orders =
                            client.getDatabase("bench").getCollection("orders");
                    seed(orders, stored);
                    measure(orders, 1, 1); // warm-up
                    double insertOne = measure(orders, seconds, 1, i -> insert(orders));
                    double insertMany = measure(orders, seconds, THREADS, i -> insert(orders));
                    double update = measure(orders, seconds, THREADS, i -> confirm(orders, stored));
                    double find = measure(orders, seconds, THREADS, i -> read(orders, stored));
                    System.out.printf(
                            Locale.ROOT,
                            "%-22s %8d %14.0f %14.0f %16.0f %14.0f %12d%n",
                            backend,
                            stored,
                            insertOne,
                            insertMany,
                            update,
                            find,
                            server.fullScans());
                }
            }
        }
    }

    private static void measure(MongoCollection<Document> orders, int seconds, int threads) throws Exception {
        measure(orders, seconds, THREADS, i -> insert(orders));
        measure(orders, seconds, THREADS, i -> confirm(orders, 1_000));
    }

    private static double measure(MongoCollection<Document> orders, int seconds, int threads, IntFunction<Object> op)
            throws Exception {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    op.apply(i);
                    done.increment();
                }
            });
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return done.sum() / ((System.nanoTime() - begin) / 1e9);
    }

    private static void seed(MongoCollection<Document> orders, int count) {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(order("seed-" + i));
            if (batch.size() == 1_000) {
                orders.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            orders.insertMany(batch);
        }
    }

    private static Object insert(MongoCollection<Document> orders) {
        return orders.insertOne(order(UUID.randomUUID().toString()));
    }

    private static final ThreadLocal<java.util.Random> RANDOM = ThreadLocal.withInitial(java.util.Random::new);

    private static Object confirm(MongoCollection<Document> orders, int stored) {
        String id = "seed-" + RANDOM.get().nextInt(stored);
        return orders.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.in("status", "PENDING", "CONFIRMED")),
                Updates.combine(Updates.set("status", "CONFIRMED"), Updates.inc("version", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private static Object read(MongoCollection<Document> orders, int stored) {
        return orders.find(Filters.eq("_id", "seed-" + RANDOM.get().nextInt(stored)))
                .first();
    }

    /** About the size of a real order: two lines with their price snapshot, contact, timeline. */
    private static Document order(String id) {
        List<Document> lines = List.of(line("khan-lua-van-phuc", 2, 350_000), line("gom-bat-trang-binh", 1, 480_000));
        return new Document("_id", id)
                .append("customer", "khachhang")
                .append("fairId", "hoi-cho-ocop-dong-da")
                .append("status", "PENDING")
                .append("version", 1L)
                .append("lines", lines)
                .append("totalVnd", 1_180_000L)
                .append("fulfilment", new Document("method", "PICKUP"))
                .append("contact", new Document("name", "Nguyễn Văn An").append("phone", "0912345678"))
                .append("timeline", List.of(new Document("step", "PLACED").append("at", new java.util.Date())));
    }

    private static Document line(String productId, int quantity, long priceVnd) {
        return new Document("productId", productId)
                .append("name", "Sản phẩm OCOP " + productId)
                .append("producerId", "htx-lua-van-phuc")
                .append("quantity", quantity)
                .append("unitPriceVnd", priceVnd)
                .append("discountVnd", 0L);
    }

    private StoreBenchmark() {}
}
