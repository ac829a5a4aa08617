package vn.ocop.fair.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.bson.Document;

/**
 * The fair-day benchmark: {@code deploy/bench/fair-day.sh} starts the local system and runs this
 * against it. {@code keygen FILE} writes the key the gateway's local issuer is started with.
 */
public final class FairDayBench {

    /** Without SLF4J the driver logs through java.util.logging: the bench prints its own lines only. */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.mongodb");

    private static final int CUSTOMERS = 1_000;
    private static final int MINIMUM_STORED = 1_000;

    private final BenchOptions options;
    private final String run;
    private final String customerPrefix;
    private final Http http;
    private final Tokens tokens;
    private final MongoClient mongo;
    private final MongoDatabase orderDatabase;
    private final OrderStates states;
    private final List<String> faults = new ArrayList<>();
    private final List<String> passed = new ArrayList<>();

    private Fixture fixture;
    private OrderTraffic traffic;
    private StoredOrders stored;
    private NotificationCheck notifications;
    private String customerToken;

    private FairDayBench(BenchOptions options) throws Exception {
        this.options = options;
        this.run = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);
        this.customerPrefix = "bench-" + run + "-";
        ExecutorService httpThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        this.http = new Http(httpThreads);
        this.tokens =
                Tokens.fromKeyFile(options.keyFile(), options.gateway().replace("127.0.0.1", "localhost") + "/auth");
        this.mongo = MongoClients.create(options.mongo());
        this.orderDatabase = mongo.getDatabase("orders");
        this.states = new OrderStates(orderDatabase);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("keygen")) {
            Tokens.writeNewKey(Path.of(args[1]));
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
        FairDayBench bench = new FairDayBench(options);
        int status;
        try {
            status = bench.run();
        } catch (Exception e) {
            System.out.println("FAILED: the bench could not finish: " + e);
            e.printStackTrace(System.out);
            status = 1;
        }
        System.exit(status);
    }

    private int run() throws Exception {
        say(
                "Run %s: closed loops %d connections × %d s (warm-up %d s); saturation %d connections × %d s;"
                        + " open loop %d orders/s × %d s; flash sale %,d buyers for %,d units; %,d stored orders for pass 2",
                run,
                options.connections(),
                options.seconds().toSeconds(),
                options.warmup().toSeconds(),
                options.saturationConnections(),
                options.saturationSeconds().toSeconds(),
                options.rate(),
                options.sagaSeconds().toSeconds(),
                options.buyers(),
                options.units(),
                options.stored());
        setUp();
        List<PassFigures> passes = new ArrayList<>();
        PassFigures first = new PassFigures("pass 1");
        first.seeded = stored.seedUpTo(MINIMUM_STORED);
        warmUp();
        measure(first, "p1", fixture.flashProducts().get(0));
        passes.add(first);

        PassFigures second = new PassFigures("pass 2");
        settle("before seeding", second);
        say(
                "Seeding finished orders (copies of a real FULFILLED order, raw insertMany into orders.orders)"
                        + " up to %,d stored…",
                options.stored());
        long seedStart = System.nanoTime();
        second.seeded = stored.seedUpTo(options.stored());
        say("  %,d inserted in %.1f s", second.seeded, (System.nanoTime() - seedStart) / 1e9);
        measure(second, "p2", fixture.flashProducts().get(1));
        passes.add(second);

        checkInvariants();
        System.out.println();
        System.out.println("=== Fair-day figures (" + Instant.now() + ", run " + run + ") ===");
        Report.print(passes, System.out);
        System.out.println();
        System.out.printf(Locale.ROOT, "Invariants over the %,d orders the bench placed:%n", traffic.all.size());
        passed.forEach(line -> System.out.println("  OK    " + line));
        faults.forEach(line -> System.out.println("  FAIL  " + line));
        return faults.isEmpty() ? 0 : 1;
    }

    private void setUp() throws Exception {
        say("Checking that the system accepts the bench's tokens…");
        customerToken = tokens.customer(customerPrefix + "probe");
        HttpResponse<String> probe = http.send(Http.get(options.gateway() + "/api/orders?size=1", customerToken));
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("GET /api/orders with a bench token answered " + probe.statusCode()
                    + ": the gateway must be started with OCOP_GATEWAY_LOCALISSUER_SIGNINGKEYFILE="
                    + options.keyFile());
        }
        notifications = new NotificationCheck(
                http, options.notificationActuator(), mongo.getDatabase("notifications"), customerPrefix);
        say("Creating the bench's products, fair, livestream and flash deals…");
        fixture = new Fixture(http, options, tokens, orderDatabase, run);
        fixture.create(2);
        long signing = System.nanoTime();
        List<String> customers = IntStream.range(0, CUSTOMERS)
                .mapToObj(i -> customerPrefix + "c" + i)
                .toList();
        List<String> customerTokens =
                customers.parallelStream().map(tokens::customer).toList();
        say(
                "  %d products, fair %s, %,d customers' tokens signed in %.1f s",
                fixture.mainProducts.size() + fixture.flashDeals.size(),
                fixture.fairId,
                CUSTOMERS,
                (System.nanoTime() - signing) / 1e9);
        traffic = new OrderTraffic(run, fixture.fairId, fixture.mainProducts, customers, customerTokens);
        stored = new StoredOrders(orderDatabase, finishedOrder(), run);
    }

    /** One real order taken through the whole saga and handed over: the model of the seeded orders. */
    private Document finishedOrder() throws Exception {
        Placement p = traffic.next("template", System.currentTimeMillis());
        HttpResponse<String> placed = http.send(OrderTraffic.request(options.order(), p));
        p.answered(placed.statusCode(), placed.body());
        if (p.orderId == null) {
            throw new IllegalStateException(
                    "The first order was refused: " + placed.statusCode() + " " + placed.body());
        }
        if (states.awaitFinal(List.of(p), Duration.ofSeconds(60), "first order") > 0 || !"CONFIRMED".equals(p.status)) {
            throw new IllegalStateException("The first order was not confirmed within 60 s: " + p.status);
        }
        String staff = tokens.organiser();
        http.call(Http.post(options.order() + "/api/orders/" + p.orderId + "/payment", staff, "{}", null), 200);
        http.call(Http.post(options.order() + "/api/orders/" + p.orderId + "/fulfilment", staff, "{}", null), 200);
        Document order =
                orderDatabase.getCollection("orders").find(eq("_id", p.orderId)).first();
        if (order == null || !"FULFILLED".equals(order.getString("status"))) {
            throw new IllegalStateException("The first order did not reach FULFILLED: " + order);
        }
        return order;
    }

    private void warmUp() throws Exception {
        say("Warming up (%d s per path, figures discarded)…", options.warmup().toSeconds());
        if (options.warmup().isZero()) {
            return;
        }
        String product = fixture.mainProducts.get(0);
        for (String base : List.of(options.catalog(), options.gateway())) {
            ClosedLoop.run("warm-up GET", options.connections(), options.warmup(), 200, () -> get(base, product));
        }
        for (String base : List.of(options.order(), options.gateway())) {
            ClosedLoop.run("warm-up POST", options.connections(), options.warmup(), 201, () -> post(base, "warm-up"));
        }
        stored.rawInserts(
                mongo.getDatabase("fair-day-bench-scratch"),
                options.connections(),
                options.warmup(),
                "warm-up insertOne");
        settle("after the warm-up", null);
    }

    private void measure(PassFigures pass, String id, String flashProduct) throws Exception {
        pass.storedOrders = stored.count();
        say("");
        say(
                "== %s: %,d orders stored%s ==",
                pass.name,
                pass.storedOrders,
                pass.seeded > 0 ? String.format(Locale.ROOT, " (%,d of them seeded by insertMany)", pass.seeded) : "");
        settle("before " + pass.name, pass);
        String product = fixture.mainProducts.get(0);
        pass.getDirect = closed(id + "-get-direct", "GET product direct", 200, () -> get(options.catalog(), product));
        pass.getGateway =
                closed(id + "-get-gateway", "GET product via gateway", 200, () -> get(options.gateway(), product));
        pass.postDirect =
                closed(id + "-post-direct", "POST order direct", 201, () -> post(options.order(), id + "-post-direct"));
        pass.postGateway = closed(
                id + "-post-gateway",
                "POST order via gateway",
                201,
                () -> post(options.gateway(), id + "-post-gateway"));
        pass.rawInsert = stored.rawInserts(
                mongo.getDatabase("fair-day-bench-scratch"),
                options.connections(),
                options.seconds(),
                id + " insertOne");
        say("  %-28s %s", "raw insertOne", pass.rawInsert.line());
        settle("before saturation", pass);

        say(
                "  saturation: %d clients place orders at order-service for %d s…",
                options.saturationConnections(), options.saturationSeconds().toSeconds());
        pass.saturation = Saturation.run(http, traffic, states, options, id + "-saturation");
        say("  %-28s %s", "saturation", pass.saturation.line());
        settle("before the open loop", pass);

        say(
                "  open loop: %d orders/s through the gateway for %d s…",
                options.rate(), options.sagaSeconds().toSeconds());
        pass.saga = Saga.run(http, traffic, states, options, id + "-open-loop");
        say("  %-28s %s", "open loop", pass.saga.offered().line());
        say("  %-28s %s", "saga", pass.saga.line());
        settle("before the flash sale", pass);

        say(
                "  flash sale: %,d buyers, %,d units, %d clients through the gateway…",
                options.buyers(), options.units(), options.raceThreads());
        pass.flash = FlashSale.run(http, traffic, states, tokens, options, customerPrefix, id + "-flash", flashProduct);
        say(
                "  %-28s %s (buyers' tokens signed in %.1f s before the race)",
                "flash sale", pass.flash.line(), pass.flash.tokenSeconds());
    }

    private ClosedLoop.Result closed(String phase, String label, int expected, ClosedLoop.Call call)
            throws InterruptedException {
        ClosedLoop.Result result = ClosedLoop.run(phase, options.connections(), options.seconds(), expected, call);
        say("  %-28s %s", label, result.line());
        return result;
    }

    private int get(String base, String product) throws Exception {
        return http.send(Http.get(base + "/api/catalog/products/" + product, customerToken))
                .statusCode();
    }

    private int post(String base, String phase) throws Exception {
        Placement p = traffic.next(phase, System.currentTimeMillis());
        try {
            HttpResponse<String> response = http.send(OrderTraffic.request(base, p));
            p.answered(response.statusCode(), response.body());
            return response.statusCode();
        } catch (Exception e) {
            p.failed(e);
            throw e;
        }
    }

    /**
     * Waits until the saga decided every order so far and notification-service stored their
     * messages, for at most the settle time-out; says so when the next phase starts on a busy system.
     */
    private void settle(String when, PassFigures pass) throws Exception {
        long start = System.nanoTime();
        List<Placement> all = List.copyOf(traffic.all);
        OrderStates.resolveUnknown(http, options.order(), all, options.settleTimeout());
        long pending = states.awaitFinal(all, options.settleTimeout(), "settling " + when);
        Duration left = options.settleTimeout().minusNanos(System.nanoTime() - start);
        long expected = NotificationCheck.expectedMessages(decided(all));
        double waited = left.isNegative() ? -1 : notifications.awaitCreated(expected, left);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (pending > 0 || waited < 0) {
            String note = String.format(
                    Locale.ROOT,
                    "%s: not quiet after %.0f s (%,d orders PENDING, %,.0f of %,d order notifications stored); the next"
                            + " phase shares the machine with that backlog",
                    when,
                    seconds,
                    pending,
                    notifications.createdSinceStart(),
                    expected);
            say("  ! %s", note);
            if (pass != null) {
                pass.notes.add(note);
            }
        } else if (seconds >= 1) {
            say("  (quiet after %.1f s: every order decided and notified)", seconds);
        }
    }

    private static List<Placement> decided(List<Placement> all) {
        return all.stream().filter(p -> p.orderId != null && p.isFinal()).toList();
    }

    private void checkInvariants() throws Exception {
        say("");
        say("Checking the invariants…");
        List<Placement> all = List.copyOf(traffic.all);
        long unknown = OrderStates.resolveUnknown(http, options.order(), all, options.settleTimeout());
        check(
                unknown == 0,
                "every request's outcome is known (answered, or replayed with its Idempotency-Key)",
                String.format(Locale.ROOT, "%,d requests have no known outcome even when replayed", unknown));
        long pending = states.awaitFinal(all, options.settleTimeout(), "final saga");
        long placedOrders = all.stream().filter(p -> p.orderId != null).count();
        check(
                pending == 0,
                String.format(Locale.ROOT, "nothing PENDING: all %,d orders decided", placedOrders),
                String.format(
                        Locale.ROOT,
                        "%,d orders still PENDING %d s after the last phase",
                        pending,
                        options.settleTimeout().toSeconds()));
        states.reread(all);
        List<String> products = new ArrayList<>(fixture.mainProducts);
        products.addAll(fixture.flashProducts());
        List<String> stockFaults = StockCheck.verify(http, options.catalog(), tokens.organiser(), products, all);
        check(
                stockFaults.isEmpty(),
                String.format(
                        Locale.ROOT,
                        "nothing oversold: on %d products, stock holds (reserved + sold ≤ received) exactly the units of the confirmed orders",
                        products.size()),
                String.join("; ", stockFaults));
        for (Map.Entry<String, String> deal : fixture.flashDeals.entrySet()) {
            String product = deal.getKey();
            List<Placement> race =
                    all.stream().filter(p -> product.equals(p.productId)).toList();
            if (race.isEmpty()) {
                continue;
            }
            long sold = race.stream().filter(p -> "CONFIRMED".equals(p.status)).count();
            long atDealPrice = race.stream()
                    .filter(p -> !"REJECTED".equals(p.status))
                    .mapToLong(p -> p.dealUnits)
                    .sum();
            check(
                    sold == options.units() && atDealPrice <= options.units(),
                    String.format(
                            Locale.ROOT,
                            "flash sale on %s: exactly %,d sold, %,d at the deal price (≤ %,d)",
                            product,
                            sold,
                            atDealPrice,
                            options.units()),
                    String.format(
                            Locale.ROOT,
                            "flash sale on %s: %,d sold and %,d at the deal price for %,d units",
                            product,
                            sold,
                            atDealPrice,
                            options.units()));
        }
        List<Placement> decided = decided(all);
        long expected = NotificationCheck.expectedMessages(decided);
        long lastDecision =
                decided.stream().mapToLong(p -> p.finalAtMillis).max().orElse(System.currentTimeMillis());
        double waited = notifications.awaitCreated(expected, options.notificationTimeout());
        List<String> notificationFaults = notifications.verify(decided);
        check(
                notificationFaults.isEmpty(),
                String.format(
                        Locale.ROOT,
                        "notifications: each of the %,d decided orders told its customer exactly once on %s (all stored %.1f s after the last decision)",
                        decided.size(),
                        NotificationCheck.CHANNELS,
                        waited < 0 ? Double.NaN : (System.currentTimeMillis() - lastDecision) / 1000.0),
                String.join("; ", notificationFaults)
                        + (waited < 0
                                ? String.format(
                                        Locale.ROOT,
                                        " (waited %d s)",
                                        options.notificationTimeout().toSeconds())
                                : ""));
    }

    private void check(boolean ok, String whenOk, String whenNot) {
        if (ok) {
            passed.add(whenOk);
        } else {
            faults.add(whenNot);
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
