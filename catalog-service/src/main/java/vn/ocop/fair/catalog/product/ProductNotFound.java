package vn.ocop.fair.catalog.product;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

public class ProductNotFound extends NotFound {

    public ProductNotFound(ProductId id) {
        super("product-not-found", "Product not found", "No product " + id);
    }
}
