package vn.ocop.fair.catalog.stock;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;

/** A write-off of more units than are on sale (held and sold units cannot be written off). */
public class NotEnoughStock extends Conflict {

    public NotEnoughStock(String productId, long delta, long available) {
        super(
                "not-enough-stock",
                "Not enough stock",
                "Cannot take " + Math.abs(delta) + " units off product " + productId + ": only " + available
                        + " are on sale (units held for orders or sold cannot be written off)");
    }
}
