package vn.ocop.fair.event.product;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A product as event-service knows it.
 *
 * @param version catalog's version of the product; only a higher one replaces this entry
 * @param status DRAFT, LISTED or DELISTED
 * @param certificateExpiresOn the first day the OCOP certificate is no longer valid, or null (none)
 * @param producerProvince the producer's province, or null when catalog did not say
 */
public record CatalogProduct(
        String productId,
        long version,
        String name,
        String producerId,
        String producerName,
        String producerProvince,
        int stars,
        String status,
        LocalDate certificateExpiresOn,
        Instant changedAt) {

    public static final String LISTED = "LISTED";

    public boolean listed() {
        return LISTED.equals(status);
    }
}
