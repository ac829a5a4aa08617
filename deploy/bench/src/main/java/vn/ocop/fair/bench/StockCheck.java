package vn.ocop.fair.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Nothing oversold: for each product the bench ordered, catalog's stock ({@code GET …/stock} as an
 * organiser) holds no more units (reserved + sold) than it received, and exactly the units of the
 * bench's orders that hold stock (CONFIRMED, PAID, FULFILLED), read afresh from their documents.
 */
final class StockCheck {

    private static final Set<String> HOLDING = Set.of("CONFIRMED", "PAID", "FULFILLED");

    private StockCheck() {}

    static List<String> verify(
            Http http, String catalogUrl, String organiserToken, Collection<String> products, Collection<Placement> all)
            throws IOException, InterruptedException {
        List<String> faults = new ArrayList<>();
        for (String product : products) {
            JsonNode stock = http.call(
                    Http.get(catalogUrl + "/api/catalog/products/" + product + "/stock", organiserToken), 200);
            long received = stock.path("received").asLong();
            long available = stock.path("available").asLong();
            long reserved = stock.path("reserved").asLong();
            long sold = stock.path("sold").asLong();
            long ordered = all.stream()
                    .filter(p -> product.equals(p.productId) && HOLDING.contains(p.status))
                    .mapToLong(p -> p.quantity)
                    .sum();
            if (available + reserved + sold != received) {
                faults.add(String.format(
                        Locale.ROOT,
                        "stock of %s does not balance: available %,d + reserved %,d + sold %,d ≠ received %,d",
                        product,
                        available,
                        reserved,
                        sold,
                        received));
            }
            if (reserved + sold > received || available < 0) {
                faults.add(String.format(
                        Locale.ROOT,
                        "OVERSOLD %s: received %,d, reserved %,d, sold %,d, available %,d",
                        product,
                        received,
                        reserved,
                        sold,
                        available));
            }
            if (reserved + sold != ordered) {
                faults.add(String.format(
                        Locale.ROOT,
                        "stock of %s holds %,d units (reserved %,d + sold %,d) but the bench's confirmed orders hold %,d",
                        product,
                        reserved + sold,
                        reserved,
                        sold,
                        ordered));
            }
        }
        return faults;
    }
}
