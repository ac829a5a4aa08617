package vn.ocop.fair.catalog.product;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code ocop_catalog_products_listed{group}}: how many products are on sale per OCOP group,
 * counted in the database when Prometheus scrapes (so every instance reports the same truth).
 */
@Component
class ListedProductsMetrics implements MeterBinder {

    private final Products products;

    ListedProductsMetrics(Products products) {
        this.products = products;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OcopGroup group : OcopGroup.values()) {
            Gauge.builder(
                            "ocop.catalog.products.listed",
                            products,
                            p -> p.count(Filters.and(
                                    Filters.eq("status", ProductStatus.LISTED.name()),
                                    Filters.eq("group", group.name()))))
                    .description("Products on sale, per OCOP group")
                    .tag("group", group.name())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
