package vn.ocop.fair.catalog.product.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A listed product's OCOP certificate expires soon: raised once when 90 days are left and once when
 * 30 are, so that its producer renews in time (notification-service tells them). Published on
 * {@code ocop.catalog.stock.v1}, keyed by product id: a notice, not product state, so it stays off
 * the compacted products topic whose latest record per key must be the product's snapshot.
 *
 * @param expiresOn the first day the certificate is no longer valid
 * @param daysLeft days from the watch's day (Hanoi) to {@code expiresOn}; equal to {@code threshold}
 *     when the daily watch runs on time
 * @param threshold which notice this is: 90 or 30
 */
public record CertificateExpiring(
        String productId,
        String producerId,
        String productName,
        String decisionNumber,
        LocalDate expiresOn,
        int daysLeft,
        int threshold,
        Instant occurredAt)
        implements CatalogEvent {

    public static final String TOPIC = "ocop.catalog.stock.v1";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return productId;
    }
}
