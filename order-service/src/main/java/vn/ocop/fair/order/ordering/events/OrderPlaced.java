package vn.ocop.fair.order.ordering.events;

import java.time.Instant;
import java.util.List;

/**
 * A customer placed an order; it waits for catalog to reserve its stock (all lines or none). It
 * carries the price snapshot the order keeps, whatever prices do later.
 *
 * @param fairId the fair it was placed at, or null for an order outside any fair
 * @param subtotalVnd the lines at list price, whole đồng
 * @param discountVnd everything taken off: line promotions and the voucher
 * @param voucherCode the voucher the customer used, or null
 * @param voucherDiscountVnd what the voucher took off the order
 * @param totalVnd what the customer pays, whole đồng: subtotal minus discount
 */
public record OrderPlaced(
        String orderId,
        String customerId,
        String fairId,
        List<Line> lines,
        long subtotalVnd,
        long discountVnd,
        String voucherCode,
        long voucherDiscountVnd,
        long totalVnd,
        Fulfilment fulfilment,
        Contact contact,
        Instant occurredAt)
        implements OrderEvent {

    public OrderPlaced {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * @param unitPriceVnd the price of one unit after the line's promotion, whole đồng
     * @param discountVnd what the line's promotion took off the whole line
     * @param promotionId the promotion applied to the line, or null
     */
    public record Line(
            String productId,
            String productName,
            String producerId,
            int quantity,
            long listPriceVnd,
            long unitPriceVnd,
            long discountVnd,
            String promotionId) {}

    /**
     * @param method PICKUP (at the booth during the fair) or DELIVERY
     * @param boothCode the booth to pick up at, or null
     * @param address where to deliver, or null for a pickup
     */
    public record Fulfilment(String method, String boothCode, Address address) {}

    /** A Vietnamese delivery address: street and number, commune or ward, province or city. */
    public record Address(String recipient, String phone, String street, String commune, String province) {}

    /** Whom to tell about the order. */
    public record Contact(String name, String email, String phone) {}
}
