package vn.ocop.fair.catalog.access;

import org.jspecify.annotations.Nullable;
import vn.ocop.fair.support.security.Caller;

/** Who may manage which producer's products: organisers every producer's; a producer only their own. */
public final class ProductRights {

    private ProductRights() {}

    public static boolean mayManageProductsOf(Caller caller, @Nullable String producerId) {
        return caller.isOrganiser() || caller.isProducerOf(producerId);
    }

    /** Refuses with {@link NotYourProducer} unless the caller may manage the producer's products. */
    public static void requireMayManageProductsOf(Caller caller, String producerId) {
        if (!mayManageProductsOf(caller, producerId)) {
            throw new NotYourProducer(caller, producerId);
        }
    }
}
