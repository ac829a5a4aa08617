package vn.ocop.fair.event.fair.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A booth of a fair was assigned to a producer for a period, who shows and sells these products
 * there. Assigning the same booth again (another product list) replaces the earlier assignment.
 *
 * @param assignmentId the assignment's id; {@code BoothReleased} names it
 * @param boothCode e.g. {@code A-01}; unique within the fair
 * @param zone where the booth stands, e.g. {@code Khu A — Thủ công mỹ nghệ}
 * @param productIds catalog's ids of the products on sale at the booth
 * @param startsOn the fair's first day (Asia/Ho_Chi_Minh)
 * @param endsOn the fair's last day, inclusive (Asia/Ho_Chi_Minh)
 * @param startsAt when the producer's period at the booth starts
 * @param endsAt when it ends (exclusive: a period starting then does not overlap)
 */
public record BoothAssigned(
        String fairId,
        String assignmentId,
        String boothCode,
        String zone,
        String producerId,
        List<String> productIds,
        String fairName,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant startsAt,
        Instant endsAt,
        Instant occurredAt)
        implements FairEvent {

    public BoothAssigned {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
