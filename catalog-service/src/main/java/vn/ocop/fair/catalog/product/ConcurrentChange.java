package vn.ocop.fair.catalog.product;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;

/** Somebody else changed the product between our read and our write; read it again and retry. */
public class ConcurrentChange extends Conflict {

    ConcurrentChange(ProductId id) {
        super(
                "concurrent-change",
                "Changed meanwhile",
                "Product " + id + " was changed by somebody else meanwhile; read it again and retry");
    }
}
