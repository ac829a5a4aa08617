package vn.ocop.fair.order.pricing;

import java.util.List;

/**
 * The price snapshot of an order.
 *
 * @param voucherPromotionId the voucher promotion used, or null
 * @param discountVnd line promotions and the voucher together
 */
public record PricedOrder(
        List<PriceLine> lines, String voucherCode, String voucherPromotionId, long voucherDiscountVnd) {

    public PricedOrder {
        lines = List.copyOf(lines);
    }

    public long subtotalVnd() {
        return lines.stream().mapToLong(PriceLine::listTotalVnd).sum();
    }

    public long linesTotalVnd() {
        return lines.stream().mapToLong(PriceLine::totalVnd).sum();
    }

    public long discountVnd() {
        return subtotalVnd() - totalVnd();
    }

    public long totalVnd() {
        return linesTotalVnd() - voucherDiscountVnd;
    }
}
