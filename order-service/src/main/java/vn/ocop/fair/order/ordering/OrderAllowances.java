package vn.ocop.fair.order.ordering;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.order.allowance.VoucherUses;
import vn.ocop.fair.order.pricing.PromotionTerms;

/**
 * What an order takes of the limited allowances, its flash-deal units and its voucher use, and
 * gives back when it does not go ahead: refused while it is priced, or rejected, cancelled or
 * expired later (then only by the one caller whose transition won, so it happens once).
 */
@Component
public class OrderAllowances {

    private final FlashDealClaims flashDeals;
    private final VoucherUses vouchers;

    OrderAllowances(FlashDealClaims flashDeals, VoucherUses vouchers) {
        this.flashDeals = flashDeals;
        this.vouchers = vouchers;
    }

    /** @return how many of the wanted units the customer got at the deal price */
    public int claimFlashDeal(PromotionTerms deal, String customer, int wanted) {
        return flashDeals.claim(deal, customer, wanted);
    }

    /** @return whether the use was taken; false when the voucher or the customer's share is used up */
    public boolean takeVoucher(PromotionTerms voucher, String customer) {
        return vouchers.take(voucher, customer);
    }

    public void giveBack(Order order) {
        giveBack(order.customerId(), order.flashClaims(), order.voucherPromotionId());
    }

    public void giveBack(String customer, List<Order.FlashClaim> claims, String voucherPromotionId) {
        claims.forEach(c -> flashDeals.giveBack(c.promotionId(), customer, c.units()));
        if (voucherPromotionId != null) {
            vouchers.giveBack(voucherPromotionId, customer);
        }
    }
}
