package vn.ocop.fair.order.ordering.placing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.fair.Promotions;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderAllowances;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.pricing.PriceLine;
import vn.ocop.fair.order.pricing.PricedOrder;
import vn.ocop.fair.order.pricing.Pricing;
import vn.ocop.fair.order.pricing.PromotionTerms;
import vn.ocop.fair.order.pricing.VoucherRefused;

/**
 * Prices an order with its fair's promotions (one read), taking the flash-deal units each line
 * gets and the voucher's use as it goes; if anything is refused, what was taken is given back.
 */
@Component
class OrderPricing {

    private final Promotions promotions;
    private final OrderAllowances allowances;

    OrderPricing(Promotions promotions, OrderAllowances allowances) {
        this.promotions = promotions;
        this.allowances = allowances;
    }

    /** The price snapshot, with the flash-deal units taken for it (and its voucher's use, if any). */
    record Priced(PricedOrder priced, List<Order.FlashClaim> claims) {

        List<Order.Line> lines() {
            return priced.lines().stream().map(Priced::line).toList();
        }

        Order.Totals totals() {
            return new Order.Totals(
                    priced.subtotalVnd(),
                    priced.discountVnd(),
                    priced.voucherCode(),
                    priced.voucherPromotionId(),
                    priced.voucherDiscountVnd(),
                    priced.totalVnd());
        }

        private static Order.Line line(PriceLine l) {
            return new Order.Line(
                    l.product().productId(),
                    l.product().name(),
                    l.product().producerId(),
                    l.quantity(),
                    l.product().listPriceVnd(),
                    l.unitPriceVnd(),
                    l.discountVnd(),
                    l.promotionId(),
                    l.flashDeal());
        }
    }

    Priced price(String customer, String fairId, List<Pricing.Wanted> wanted, String voucherCode, Instant now) {
        List<PromotionTerms> fairPromotions = fairId == null ? List.of() : promotions.ofFair(fairId);
        List<Order.FlashClaim> claims = new ArrayList<>();
        boolean voucherTaken = false;
        PricedOrder priced = null;
        try {
            Map<String, Integer> dealUnits = new HashMap<>();
            for (Pricing.Wanted w : wanted) {
                Pricing.flashDealFor(w.product(), fairId, fairPromotions, now).ifPresent(deal -> {
                    int got = allowances.claimFlashDeal(deal, customer, w.quantity());
                    if (got > 0) {
                        dealUnits.put(w.product().productId(), got);
                        claims.add(new Order.FlashClaim(deal.id(), got));
                    }
                });
            }
            priced = Pricing.price(wanted, fairId, fairPromotions, dealUnits, voucherCode, now);
            if (priced.voucherPromotionId() != null) {
                PromotionTerms voucher = promotion(fairPromotions, priced.voucherPromotionId());
                if (!allowances.takeVoucher(voucher, customer)) {
                    throw new OrderRefused(
                            "voucher-used-up", "voucher " + priced.voucherCode() + " has no uses left for you");
                }
                voucherTaken = true;
            }
            return new Priced(priced, claims);
        } catch (VoucherRefused e) {
            allowances.giveBack(customer, claims, null);
            throw new OrderRefused(e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            allowances.giveBack(customer, claims, voucherTaken ? priced.voucherPromotionId() : null);
            throw e;
        }
    }

    /** The order was not placed after all: its flash-deal units and voucher use go back. */
    void giveBack(String customer, Priced priced) {
        allowances.giveBack(customer, priced.claims(), priced.priced().voucherPromotionId());
    }

    /** The voucher pricing chose, from the promotions it was given (no second read). */
    private static PromotionTerms promotion(List<PromotionTerms> fairPromotions, String id) {
        return fairPromotions.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("pricing chose promotion " + id + " it was not given"));
    }
}
