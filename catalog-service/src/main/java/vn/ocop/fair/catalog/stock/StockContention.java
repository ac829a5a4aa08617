package vn.ocop.fair.catalog.stock;

/** The stock changed under every one of our attempts; the caller retries later (the saga's sweeper will). */
public class StockContention extends RuntimeException {

    StockContention(String productId, int attempts) {
        super("The stock of product " + productId + " changed under each of " + attempts + " attempts");
    }
}
