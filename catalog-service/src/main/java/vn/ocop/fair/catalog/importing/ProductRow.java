package vn.ocop.fair.catalog.importing;

import java.util.List;
import java.util.Optional;
import vn.ocop.fair.catalog.product.Certificate;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductDetails;

/**
 * What a row says about its product.
 *
 * @param description null when the row does not say
 * @param images null when the row does not say
 */
record ProductRow(
        String name,
        String description,
        OcopGroup group,
        int stars,
        long priceVnd,
        String unit,
        List<String> images,
        Certificate certificate) {

    /** The product's details as the row says them; what it leaves blank stays as the catalogue has it. */
    ProductDetails details(Optional<Product> current) {
        Optional<ProductDetails> stored = current.map(Product::details);
        return new ProductDetails(
                name,
                description != null
                        ? description
                        : stored.map(ProductDetails::description).orElse(null),
                group,
                stars,
                priceVnd,
                unit,
                images != null ? images : stored.map(ProductDetails::images).orElse(List.of()),
                certificate);
    }
}
