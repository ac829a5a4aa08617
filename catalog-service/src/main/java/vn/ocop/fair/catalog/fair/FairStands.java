package vn.ocop.fair.catalog.fair;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.Products;

/**
 * Where each product is on sale: the {@code fairs} array of its document, {@code {fairId,
 * boothCode, fairName, startsOn, endsOn}} per stand. Only the fair events write it, each write keyed
 * by fair and booth, so writing it twice leaves it as once; the product's own updates never touch it.
 */
@Repository
public class FairStands {

    static final String FIELD = "fairs";

    private final MongoCollection<Document> products;

    FairStands(Products products) {
        this.products = products.collection();
    }

    /** The stands of one product; none if it is at no fair (or does not exist). */
    public List<FairStand> of(ProductId id) {
        Document product = products.find(Filters.eq("_id", id.value()))
                .projection(Projections.include(FIELD))
                .first();
        return product == null ? List.of() : in(product);
    }

    /** The stands recorded in a product document read from the products collection. */
    public static List<FairStand> in(Document product) {
        return product.getList(FIELD, Document.class, List.of()).stream()
                .map(FairStands::fromDocument)
                .toList();
    }

    /** Selects the products on sale at {@code fairId}. */
    public static Bson atFair(String fairId) {
        return Filters.eq(FIELD + ".fairId", fairId);
    }

    /**
     * Shows the booth's products there and only those: products that left the booth's list lose
     * the stand, products of the booth's producer on the list gain it (or have it refreshed). Every
     * write goes by the product's {@code _id}: the booth's list, and what it has shown before.
     */
    void show(BoothAssignment assignment, Booths.Shown shown) {
        String fairId = assignment.fairId();
        String boothCode = assignment.boothCode();
        if (!shown.known()) {
            products.updateMany(
                    Filters.and(atBooth(fairId, boothCode), Filters.nin("_id", assignment.productIds())),
                    pull(fairId, boothCode)); // a booth recorded before it remembered what it showed
        }
        for (String productId : shown.productIds()) {
            if (!assignment.productIds().contains(productId)) {
                products.updateOne(Filters.eq("_id", productId), pull(fairId, boothCode));
            }
        }
        Document stand = toDocument(assignment.stand());
        for (String productId : assignment.productIds()) {
            Bson ofTheProducer =
                    Filters.and(Filters.eq("_id", productId), Filters.eq("producerId", assignment.producerId()));
            boolean refreshed = products.updateOne(
                                    Filters.and(ofTheProducer, atBooth(fairId, boothCode)),
                                    Updates.set(FIELD + ".$", stand))
                            .getMatchedCount()
                    == 1;
            if (!refreshed) {
                products.updateOne(
                        Filters.and(ofTheProducer, Filters.nor(atBooth(fairId, boothCode))),
                        Updates.push(FIELD, stand));
            }
        }
    }

    /** Takes the booth's stand off every product it has shown. */
    void withdraw(String fairId, String boothCode, Booths.Shown shown) {
        if (!shown.known()) {
            products.updateMany(atBooth(fairId, boothCode), pull(fairId, boothCode));
        }
        for (String productId : shown.productIds()) {
            products.updateOne(Filters.eq("_id", productId), pull(fairId, boothCode));
        }
    }

    private static Bson atBooth(String fairId, String boothCode) {
        return Filters.elemMatch(FIELD, Filters.and(Filters.eq("fairId", fairId), Filters.eq("boothCode", boothCode)));
    }

    private static Bson pull(String fairId, String boothCode) {
        return Updates.pullByFilter(new Document(FIELD, new Document("fairId", fairId).append("boothCode", boothCode)));
    }

    private static Document toDocument(FairStand stand) {
        return new Document("fairId", stand.fairId())
                .append("boothCode", stand.boothCode())
                .append("fairName", stand.fairName())
                .append("startsOn", day(stand.startsOn()))
                .append("endsOn", day(stand.endsOn()));
    }

    private static FairStand fromDocument(Document d) {
        return new FairStand(
                d.getString("fairId"),
                d.getString("boothCode"),
                d.getString("fairName"),
                day(d.getDate("startsOn")),
                day(d.getDate("endsOn")));
    }

    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
