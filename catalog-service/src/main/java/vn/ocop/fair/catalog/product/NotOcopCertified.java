package vn.ocop.fair.catalog.product;

/** Only products rated 3 to 5 stars are OCOP-certified and may be listed (DOMAIN.md). */
public class NotOcopCertified extends RuntimeException {

    NotOcopCertified(int stars) {
        super("A product rated " + stars + " stars is not OCOP-certified: only 3 to 5 stars may be listed");
    }
}
