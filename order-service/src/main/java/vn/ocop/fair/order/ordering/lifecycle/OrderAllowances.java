package vn.ocop.fair.order.ordering.lifecycle;

import org.springframework.stereotype.Component;
import vn.ocop.fair.order.allowance.FlashDealClaims;
import vn.ocop.fair.order.allowance.VoucherUses;
import vn.ocop.fair.order.ordering.Order;

/**
 * Gives back what an order took when it does not go ahead: its flash-deal units and its voucher
 * use. Called only by the one caller whose transition won, so it happens once.
 */
@Component
class OrderAllowances {

    private final FlashDealClaims flashDeals;
    private final VoucherUses vouchers;

    OrderAllowances(FlashDealClaims flashDeals, VoucherUses vouchers) {
        this.flashDeals = flashDeals;
        this.vouchers = vouchers;
    }

    void giveBack(Order order) {
        order.flashClaims().forEach(c -> flashDeals.giveBack(c.promotionId(), order.customerId(), c.units()));
        if (order.voucherPromotionId() != null) {
            vouchers.giveBack(order.voucherPromotionId(), order.customerId());
        }
    }
}
