package vn.ocop.fair.catalog.stock;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;

/**
 * The stock changed under every one of our attempts; the caller retries later (the saga's sweeper
 * will). Answered like a product changed meanwhile.
 */
public class StockContention extends Conflict {

    public StockContention(String productId, int attempts) {
        super(
                "concurrent-change",
                "Changed meanwhile",
                "The stock of product " + productId + " changed under each of " + attempts + " attempts");
    }
}
