package vn.ocop.fair.order.fair;

import java.util.List;

/** A booth of a fair and the products sold there. */
public record BoothAssignment(
        String assignmentId, String fairId, String boothCode, String producerId, List<String> productIds) {

    public BoothAssignment {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
