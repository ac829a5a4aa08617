package vn.ocop.fair.catalog.product;

public class ProductNotFound extends RuntimeException {

    ProductNotFound(ProductId id) {
        super("No product " + id);
    }
}
