package vn.ocop.fair.order.fair;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.order.pricing.PromotionTerms;
import vn.ocop.fair.order.readmodel.Versioned;

/**
 * The read model of the fairs' promotions, by version: a withdrawal outranks the announcement.
 * Each document carries {@value #FAIR_KEY} {@code "<fairId>|<promotionId>"} under a unique index, so
 * the promotions of one fair are read through that index (a prefix pattern), never by a scan.
 */
@Repository
public class Promotions {

    static final String FAIR_KEY = "fairKey";

    private final MongoCollection<Document> collection;

    Promotions(MongoDatabase orderDatabase) {
        this.collection = orderDatabase.getCollection("promotions");
        collection.createIndex(
                Indexes.ascending(FAIR_KEY), new IndexOptions().unique(true).sparse(true));
        keyPromotionsStoredWithoutFairKey();
    }

    /** Promotions stored before the key existed (a few per fair): keyed once, at start-up. */
    private void keyPromotionsStoredWithoutFairKey() {
        for (Document d : collection.find(Filters.exists(FAIR_KEY, false)).projection(Projections.include("fairId"))) {
            if (d.getString("fairId") != null) {
                collection.updateOne(
                        Filters.eq("_id", d.get("_id")),
                        Updates.set(FAIR_KEY, fairKey(d.getString("fairId"), d.getString("_id"))));
            }
        }
    }

    boolean announce(StoredPromotion stored) {
        PromotionTerms p = stored.terms();
        Document voucher = p.voucher() == null
                ? null
                : new Document("code", p.voucher().code())
                        .append("totalUses", p.voucher().totalUses())
                        .append("usesPerCustomer", p.voucher().usesPerCustomer())
                        .append("minimumOrderVnd", p.voucher().minimumOrderVnd())
                        .append("combinesWithPromotions", p.voucher().combinesWithPromotions());
        Document flash = p.flashDeal() == null
                ? null
                : new Document("productId", p.flashDeal().productId())
                        .append("dealPriceVnd", p.flashDeal().dealPriceVnd())
                        .append("units", p.flashDeal().units())
                        .append("perBuyerCap", p.flashDeal().perBuyerCap())
                        .append("gift", p.flashDeal().gift());
        return Versioned.upsert(
                collection,
                p.id(),
                stored.version(),
                Updates.combine(
                        Updates.set("fairId", p.fairId()),
                        Updates.set(FAIR_KEY, fairKey(p.fairId(), p.id())),
                        Updates.set("kind", p.kind()),
                        Updates.set("scopeType", p.scopeType()),
                        Updates.set("scopeValues", p.scopeValues()),
                        Updates.set("percentOff", p.percentOff()),
                        Updates.set("amountOffVnd", p.amountOffVnd()),
                        Updates.set("validFrom", date(p.validFrom())),
                        Updates.set("validUntil", date(p.validUntil())),
                        Updates.set("voucher", voucher),
                        Updates.set("flashDeal", flash),
                        Updates.set("withdrawn", false)));
    }

    boolean withdraw(String fairId, String promotionId, long version) {
        return Versioned.upsert(
                collection,
                promotionId,
                version,
                Updates.combine(
                        Updates.set("fairId", fairId),
                        Updates.set(FAIR_KEY, fairKey(fairId, promotionId)),
                        Updates.set("withdrawn", true)));
    }

    /**
     * Every promotion of the fair, withdrawn or not (pricing skips withdrawn ones): one query that
     * names only {@value #FAIR_KEY}, which the wire server answers from its unique index (and real
     * MongoDB as a range of it).
     */
    public List<PromotionTerms> ofFair(String fairId) {
        List<PromotionTerms> found = new ArrayList<>();
        for (Document d : collection.find(Filters.regex(FAIR_KEY, "^" + literal(fairId + "|")))) {
            if (fairId.equals(d.getString("fairId")) && d.containsKey("kind")) { // a withdrawal seen first has no terms
                found.add(fromDocument(d));
            }
        }
        return found;
    }

    /** Every flash deal not withdrawn, of any fair. */
    List<PromotionTerms> flashDeals() {
        return collection
                .find(Filters.and(Filters.eq("kind", PromotionTerms.FLASH_DEAL), Filters.ne("withdrawn", true)))
                .map(Promotions::fromDocument)
                .into(new ArrayList<>());
    }

    public Optional<PromotionTerms> find(String promotionId) {
        return Optional.ofNullable(collection
                        .find(Filters.and(Filters.eq("_id", promotionId), Filters.exists("kind")))
                        .first())
                .map(Promotions::fromDocument);
    }

    private static String fairKey(String fairId, String promotionId) {
        return fairId + "|" + promotionId;
    }

    /** The text as a pattern matching itself: every character but letters and digits escaped. */
    private static String literal(String text) {
        StringBuilder pattern = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static PromotionTerms fromDocument(Document d) {
        Document v = d.get("voucher", Document.class);
        Document f = d.get("flashDeal", Document.class);
        Number amount = d.get("amountOffVnd", Number.class);
        Date from = d.getDate("validFrom");
        Date until = d.getDate("validUntil");
        return new PromotionTerms(
                d.getString("_id"),
                d.getString("fairId"),
                d.getString("kind"),
                d.getString("scopeType"),
                d.getList("scopeValues", String.class),
                d.getInteger("percentOff"),
                amount == null ? null : amount.longValue(),
                from == null ? null : from.toInstant(),
                until == null ? null : until.toInstant(),
                v == null
                        ? null
                        : new PromotionTerms.Voucher(
                                v.getString("code"),
                                v.getInteger("totalUses"),
                                v.getInteger("usesPerCustomer"),
                                v.get("minimumOrderVnd", Number.class).longValue(),
                                v.getBoolean("combinesWithPromotions")),
                f == null
                        ? null
                        : new PromotionTerms.FlashDeal(
                                f.getString("productId"),
                                f.get("dealPriceVnd", Number.class).longValue(),
                                f.getInteger("units"),
                                f.getInteger("perBuyerCap"),
                                f.getBoolean("gift")),
                Boolean.TRUE.equals(d.getBoolean("withdrawn")));
    }
}
