package vn.ocop.fair.order.ordering.placing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.catalog.CatalogProduct;
import vn.ocop.fair.order.catalog.CatalogProducts;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.pricing.PricedProduct;
import vn.ocop.fair.order.pricing.Pricing;

/**
 * The lines of a request as pricing wants them: at least one, at most {@code max-lines}, each
 * quantity in range (checked per line before lines of one product are merged, so no sum
 * overflows, then per product), every product known and on sale, read in one query.
 */
@Component
class WantedLines {

    private final CatalogProducts products;
    private final OrderProperties.Ordering rules;

    WantedLines(CatalogProducts products, OrderProperties properties) {
        this.products = products;
        this.rules = properties.ordering();
    }

    List<Pricing.Wanted> of(List<OrderRequest.LineRequest> lines) {
        if (lines.isEmpty()) {
            throw new OrderRefused("no-lines", "an order needs at least one line");
        }
        if (lines.size() > rules.maxLines()) {
            throw new OrderRefused("too-many-lines", "an order has at most " + rules.maxLines() + " lines");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (OrderRequest.LineRequest line : lines) {
            if (line == null || line.productId() == null || line.productId().isBlank()) {
                throw new OrderRefused("unknown-product", "every line needs a productId");
            }
            if (line.quantity() < 1) {
                throw new OrderRefused("quantity-out-of-range", "a line orders at least 1 unit");
            }
            if (line.quantity() > rules.maxQuantityPerLine()) { // checked before merging: no sum overflows
                throw new OrderRefused(
                        "quantity-out-of-range", "a line orders at most " + rules.maxQuantityPerLine() + " units");
            }
            quantities.merge(line.productId(), line.quantity(), Integer::sum);
        }
        Map<String, CatalogProduct> known = products.findAll(quantities.keySet());
        List<Pricing.Wanted> wanted = new ArrayList<>();
        quantities.forEach((id, quantity) -> {
            CatalogProduct product = known.get(id);
            if (product == null) {
                throw new OrderRefused("unknown-product", "no product " + id + " is on sale");
            }
            if (!product.orderable()) {
                throw new OrderRefused(
                        "product-delisted", product.name() + " is not on sale (" + product.status() + ")");
            }
            if (quantity > rules.maxQuantityPerLine()) {
                throw new OrderRefused(
                        "quantity-out-of-range",
                        "at most " + rules.maxQuantityPerLine() + " units of " + product.name() + " per order");
            }
            wanted.add(new Pricing.Wanted(
                    new PricedProduct(id, product.name(), product.producerId(), product.group(), product.priceVnd()),
                    quantity));
        });
        return wanted;
    }
}
