package vn.ocop.fair.bench;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The orders the bench places: one unit of one of the fixture's products, picked up at the fair
 * (cash on pickup, due when the fair closes, so nothing expires during a run), from customers taken
 * in turn from a pool (a token each, signed once), every request with a new Idempotency-Key. Every
 * placement is kept, so the end can check what became of each.
 */
final class OrderTraffic {

    private final String fairId;
    private final List<String> products;
    private final List<String> customers;
    private final List<String> tokens;
    private final AtomicLong sequence = new AtomicLong();
    private final String run;
    final Queue<Placement> all = new ConcurrentLinkedQueue<>();

    OrderTraffic(String run, String fairId, List<String> products, List<String> customers, List<String> tokens) {
        this.run = run;
        this.fairId = fairId;
        this.products = products;
        this.customers = customers;
        this.tokens = tokens;
    }

    /** The next order of the pool's customers, on the products in turn. */
    Placement next(String phase, long dueAtMillis) {
        long n = sequence.getAndIncrement();
        int c = (int) (n % customers.size());
        String product = products.get((int) (n % products.size()));
        return place(phase, customers.get(c), tokens.get(c), product, dueAtMillis);
    }

    /** An order of one unit of {@code product} by {@code customer}. */
    Placement place(String phase, String customer, String token, String product, long dueAtMillis) {
        Placement placement = new Placement(
                phase,
                run + "-" + UUID.randomUUID(),
                customer,
                token,
                product,
                1,
                body(customer, product),
                dueAtMillis);
        all.add(placement);
        return placement;
    }

    static HttpRequest request(String baseUrl, Placement placement) {
        return Http.post(baseUrl + "/api/orders", placement.token, placement.body, placement.key);
    }

    private String body(String customer, String product) {
        return Http.json(Map.of(
                "fairId",
                fairId,
                "lines",
                List.of(Map.of("productId", product, "quantity", 1)),
                "fulfilment",
                Map.of("method", "PICKUP"),
                "contact",
                Map.of(
                        "name",
                        "Nguyễn Thị Bình",
                        "phone",
                        "0912345678",
                        "email",
                        customer + "@bench.ocop-fair.local")));
    }
}
