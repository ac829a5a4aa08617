package vn.ocop.fair.order.allowance;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.pricing.PromotionTerms;

/**
 * How often each voucher was used ({@code voucher_uses}: {@code {_id: promotionId, count}} and
 * {@code {_id: promotionId|customer, count}}), each use one conditional {@code $inc} under its limit
 * that creates the counter on the first use.
 */
@Component
public class VoucherUses {

    private final Counters uses;

    public VoucherUses(MongoDatabase orderDatabase) {
        this.uses = new Counters(orderDatabase.getCollection("voucher_uses"));
    }

    /** @return whether the use was taken; false when the voucher or the customer's share is used up */
    public boolean take(PromotionTerms voucher, String customer) {
        String total = voucher.id();
        String mine = voucher.id() + "|" + customer;
        if (!uses.addUpTo(total, 1, voucher.voucher().totalUses())) {
            return false;
        }
        if (!uses.addUpTo(mine, 1, voucher.voucher().usesPerCustomer())) {
            uses.add(total, -1);
            return false;
        }
        return true;
    }

    public void giveBack(String promotionId, String customer) {
        uses.add(promotionId, -1);
        uses.add(promotionId + "|" + customer, -1);
    }
}
