package vn.ocop.fair.order.ordering.placing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/**
 * What a customer sends to place an order. Every text has a maximum length (400 {@code
 * invalid-request} naming the field and the limit); the rules on content (a Vietnamese mobile
 * number, an e-mail address, lines and quantities) answer 422 ({@link OrderRules}, {@link
 * OrderTaking}).
 *
 * @param fairId the fair the order is placed at, or null for an order outside any fair
 * @param voucherCode a voucher of that fair, or null
 * @param paymentMethod CASH_ON_PICKUP or BANK_TRANSFER; null takes cash for a pickup, a transfer
 *     for a delivery
 */
record OrderRequest(
        @Size(max = ID, message = AT_MOST) String fairId,
        @NotNull List<@Valid LineRequest> lines,
        @Size(max = 32, message = AT_MOST) String voucherCode,
        @NotNull @Valid Fulfilment fulfilment,
        @NotNull @Valid Contact contact,
        @Size(max = 32, message = AT_MOST) String paymentMethod) {

    /** Ids of fairs and products (catalog and event-service issue UUIDs). */
    static final int ID = 64;

    static final String AT_MOST = "must be at most {max} characters";

    record LineRequest(@Size(max = ID, message = AT_MOST) String productId, int quantity) {}

    /** @param method PICKUP (at the booth during the fair) or DELIVERY (with an address) */
    record Fulfilment(
            @Size(max = 16, message = AT_MOST) String method,
            @Valid Address address) {}

    /** A Vietnamese delivery address: street and number, commune or ward, province or city. */
    record Address(
            @Size(max = 100, message = AT_MOST) String recipient,
            @Size(max = 20, message = AT_MOST) String phone,
            @Size(max = 200, message = AT_MOST) String street,
            @Size(max = 100, message = AT_MOST) String commune,
            @Size(max = 100, message = AT_MOST) String province) {

        OrderPlaced.Address toPlaced() {
            return new OrderPlaced.Address(recipient, phone, street, commune, province);
        }
    }

    /** Whom to tell about the order. */
    record Contact(
            @Size(max = 100, message = AT_MOST) String name,
            @Size(max = 254, message = AT_MOST) String email,
            @Size(max = 20, message = AT_MOST) String phone) {

        OrderPlaced.Contact toPlaced() {
            return new OrderPlaced.Contact(name, email, phone);
        }
    }
}
