package vn.ocop.fair.event.booth;

import java.time.Instant;
import java.util.List;

/**
 * A booth assigned to a producer for a period, announced as {@code BoothAssigned}.
 *
 * @param applicationId the approved exhibitor application it serves
 * @param productIds what the producer sells there
 */
public record Assignment(
        String assignmentId,
        String boothCode,
        String producerId,
        String applicationId,
        List<String> productIds,
        Period period,
        Instant assignedAt) {

    public Assignment {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
