package vn.ocop.fair.order.allowance;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.pricing.PromotionTerms;

/**
 * The units of each flash deal ({@code flash_deal_units}: {@code {_id: promotionId, count: units
 * left}}) and what each buyer got ({@code flash_deal_buyers}: {@code {_id: promotionId|customer,
 * count}}). A claim is a conditional {@code $inc} on each: never more than the deal's units in all,
 * never more than the per-buyer cap, however many orders race.
 */
@Component
public class FlashDealClaims {

    private final Counters units;
    private final Counters buyers;
    private final MeterRegistry meters;
    private final Set<String> opened = ConcurrentHashMap.newKeySet();

    public FlashDealClaims(MongoDatabase orderDatabase, MeterRegistry meters) {
        this.units = new Counters(orderDatabase.getCollection("flash_deal_units"));
        this.buyers = new Counters(orderDatabase.getCollection("flash_deal_buyers"));
        this.meters = meters;
    }

    /** Opens the deal's unit counter (once) and its gauge {@code ocop.flash.deal.units.left}. */
    public void announced(PromotionTerms deal) {
        if (!PromotionTerms.FLASH_DEAL.equals(deal.kind()) || deal.flashDeal() == null || opened.contains(deal.id())) {
            return;
        }
        units.open(deal.id(), deal.flashDeal().units(), new Document("fairId", deal.fairId()));
        Gauge.builder("ocop.flash.deal.units.left", units, u -> u.read(deal.id()))
                .description("Flash-deal units still to be had at the deal price")
                .tags("fair", String.valueOf(deal.fairId()), "promotion", deal.id())
                .register(meters);
        opened.add(deal.id());
    }

    /**
     * Takes up to {@code wanted} deal units for the buyer: at most what the per-buyer cap leaves
     * them and at most what is left in all.
     *
     * @return how many units the buyer got at the deal price (0 to {@code wanted})
     */
    public int claim(PromotionTerms deal, String customer, int wanted) {
        announced(deal);
        if (units.read(deal.id()) <= 0) {
            return 0; // sold out: one read, no writes
        }
        String buyer = buyerKey(deal.id(), customer);
        int cap = deal.flashDeal().perBuyerCap();
        int n = Math.min(wanted, cap);
        while (n > 0 && !buyers.addUpTo(buyer, n, cap)) {
            n = (int) Math.min(n, cap - buyers.read(buyer));
        }
        if (n <= 0) {
            return 0;
        }
        int got = n;
        while (got > 0 && !units.take(deal.id(), got)) {
            got = (int) Math.min(got, units.read(deal.id()));
        }
        got = Math.max(0, got);
        if (got < n) {
            buyers.add(buyer, -(n - got)); // the buyer's cap keeps only what they really got
        }
        return got;
    }

    /** Gives units back (the order was rejected, cancelled or expired). */
    public void giveBack(String promotionId, String customer, int count) {
        if (count <= 0) {
            return;
        }
        units.add(promotionId, count);
        buyers.add(buyerKey(promotionId, customer), -count);
    }

    public long unitsLeft(String promotionId) {
        return units.read(promotionId);
    }

    private static String buyerKey(String promotionId, String customer) {
        return promotionId + "|" + customer;
    }
}
