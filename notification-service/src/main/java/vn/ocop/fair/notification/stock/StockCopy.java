package vn.ocop.fair.notification.stock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import vn.ocop.fair.support.events.UnreadableEvent;

/** notification-service's trimmed copy of StockLow and CertificateExpiring on {@code ocop.catalog.stock.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StockCopy(
        String productId,
        String producerId,
        String productName,
        Integer available,
        Integer lowThreshold,
        String decisionNumber,
        LocalDate expiresOn,
        Integer daysLeft,
        Integer threshold,
        Instant occurredAt) {

    StockCopy require() {
        if (producerId == null || producerId.isBlank() || productId == null || productId.isBlank()) {
            throw new UnreadableEvent("a stock event needs its productId and producerId");
        }
        return this;
    }
}
