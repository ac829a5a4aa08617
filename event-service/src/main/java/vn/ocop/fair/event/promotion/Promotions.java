package vn.ocop.fair.event.promotion;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.event.fair.FairEventEntries;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.event.fair.events.PromotionAnnounced;
import vn.ocop.fair.event.fair.events.PromotionWithdrawn;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * The {@code promotions} collection: one document per promotion, {@code {_id, fairId, status,
 * uniqueKey, promotion: <the contract's Promotion>, withdrawnReason, outbox}}. {@code uniqueKey}
 * carries a unique index: {@code fairId + ":" + CODE} for a voucher (a code is unique per fair, and
 * stays taken after a withdrawal, since orders name it), the promotion's own id otherwise.
 */
@Repository
public class Promotions {

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "promotions";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private final FairEventEntries entries;

    Promotions(MongoDatabase eventDatabase, JsonMapper json, FairEventEntries entries) {
        this.collection = eventDatabase.getCollection(COLLECTION);
        this.collection.createIndex(Indexes.ascending("uniqueKey"), new IndexOptions().unique(true));
        this.json = json;
        this.entries = entries;
    }

    /** Stores an announced promotion and its event; refuses a voucher code the fair already has. */
    void add(PromotionAnnounced announced) {
        Promotion promotion = announced.promotion();
        String uniqueKey = promotion.voucher() == null
                ? promotion.id()
                : announced.fairId() + ":" + promotion.voucher().code();
        try {
            collection.insertOne(Outbox.addTo(
                    new Document("_id", promotion.id())
                            .append("fairId", announced.fairId())
                            .append("status", PromotionStatus.ACTIVE.name())
                            .append("uniqueKey", uniqueKey)
                            .append("validFrom", java.util.Date.from(promotion.validFrom()))
                            .append("promotion", Document.parse(json.writeValueAsString(promotion))),
                    entries.of(announced)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new PromotionRefusals.VoucherCodeTaken(promotion.voucher().code());
            }
            throw e;
        }
    }

    /**
     * Marks the promotion withdrawn if it is still active at {@code before}'s version.
     *
     * @return false if it was withdrawn or changed meanwhile
     */
    boolean withdraw(Stored before, PromotionWithdrawn withdrawn) {
        return collection
                        .updateOne(
                                Filters.and(
                                        Filters.eq("_id", before.promotion().id()),
                                        Filters.eq("status", PromotionStatus.ACTIVE.name()),
                                        Filters.eq(
                                                "promotion.version",
                                                before.promotion().version())),
                                Updates.combine(
                                        Updates.set("status", PromotionStatus.WITHDRAWN.name()),
                                        Updates.set("promotion.version", withdrawn.version()),
                                        Updates.set("withdrawnReason", withdrawn.reason()),
                                        Outbox.append(entries.of(withdrawn))))
                        .getMatchedCount()
                == 1;
    }

    Optional<Stored> find(String fairId, String promotionId) {
        return Optional.ofNullable(collection
                        .find(Filters.and(Filters.eq("_id", promotionId), Filters.eq("fairId", fairId)))
                        .projection(Projections.exclude(Outbox.fieldName()))
                        .first())
                .map(this::fromDocument);
    }

    List<Stored> ofFair(String fairId) {
        return collection
                .find(Filters.eq("fairId", fairId))
                .projection(Projections.exclude(Outbox.fieldName()))
                .sort(Sorts.ascending("validFrom", "_id"))
                .map(this::fromDocument)
                .into(new ArrayList<>());
    }

    private Stored fromDocument(Document d) {
        return new Stored(
                json.readValue(d.get("promotion", Document.class).toJson(), Promotion.class),
                PromotionStatus.valueOf(d.getString("status")),
                d.getString("withdrawnReason"));
    }

    /** A promotion as stored: the contract's terms, and whether it still applies. */
    public record Stored(Promotion promotion, PromotionStatus status, String withdrawnReason) {}
}
