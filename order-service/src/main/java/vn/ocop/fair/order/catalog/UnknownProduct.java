package vn.ocop.fair.order.catalog;

public class UnknownProduct extends RuntimeException {

    UnknownProduct(String productId) {
        super("order-service knows no product " + productId);
    }
}
