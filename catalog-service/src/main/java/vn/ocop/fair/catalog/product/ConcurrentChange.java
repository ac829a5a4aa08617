package vn.ocop.fair.catalog.product;

/** Somebody else changed the product between our read and our write; read it again and retry. */
public class ConcurrentChange extends RuntimeException {

    ConcurrentChange(ProductId id) {
        super("Product " + id + " was changed by somebody else meanwhile; read it again and retry");
    }
}
