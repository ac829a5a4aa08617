package vn.ocop.fair.order.catalog;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

public class UnknownProduct extends NotFound {

    UnknownProduct(String productId) {
        super("product-not-found", "Product not found", "order-service knows no product " + productId);
    }
}
