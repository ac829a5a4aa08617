package vn.ocop.fair.catalog.product.web;

import java.time.Instant;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductDetails;

record ProductView(
        String id,
        long version,
        String name,
        String description,
        String group,
        String groupLabel,
        int stars,
        long priceVnd,
        String unit,
        String producerId,
        String status,
        Instant listedAt) {

    static ProductView of(Product product) {
        ProductDetails d = product.details();
        return new ProductView(
                product.id().value(),
                product.version(),
                d.name(),
                d.description(),
                d.group().name(),
                d.group().vietnameseLabel(),
                d.stars(),
                d.priceVnd(),
                d.unit(),
                d.producerId(),
                product.status().name(),
                product.listedAt());
    }
}
