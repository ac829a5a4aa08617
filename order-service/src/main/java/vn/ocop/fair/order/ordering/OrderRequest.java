package vn.ocop.fair.order.ordering;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/**
 * What a customer sends to place an order.
 *
 * @param fairId the fair the order is placed at, or null for an order outside any fair
 * @param voucherCode a voucher of that fair, or null
 * @param paymentMethod CASH_ON_PICKUP or BANK_TRANSFER; null takes cash for a pickup, a transfer
 *     for a delivery
 */
record OrderRequest(
        String fairId,
        @NotNull List<LineRequest> lines,
        String voucherCode,
        @NotNull Fulfilment fulfilment,
        @NotNull OrderPlaced.Contact contact,
        String paymentMethod) {

    record LineRequest(String productId, int quantity) {}

    /** @param method PICKUP (at the booth during the fair) or DELIVERY (with an address) */
    record Fulfilment(String method, OrderPlaced.Address address) {}
}
