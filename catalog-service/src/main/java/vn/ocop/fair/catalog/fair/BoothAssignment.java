package vn.ocop.fair.catalog.fair;

import java.time.Instant;
import java.util.List;

/** A booth given to a producer, who sells {@code productIds} there; replaces any earlier word on the booth. */
record BoothAssignment(FairStand stand, String producerId, List<String> productIds, Instant occurredAt) {

    BoothAssignment {
        productIds = List.copyOf(productIds);
    }

    String fairId() {
        return stand.fairId();
    }

    String boothCode() {
        return stand.boothCode();
    }
}
