package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/**
 * The BSON shape of an order document, for {@link Orders} (the outbox array and the sweeper markers
 * live beside it).
 */
final class OrderDocuments {

    private OrderDocuments() {}

    static Document toDocument(Order o) {
        return new Document("_id", o.id())
                .append("customerId", o.customerId())
                .append("fairId", o.fairId())
                .append("status", o.status().name())
                .append("lines", o.lines().stream().map(OrderDocuments::line).toList())
                .append(
                        "producerIds",
                        o.lines().stream()
                                .map(Order.Line::producerId)
                                .distinct()
                                .toList())
                .append("subtotalVnd", o.subtotalVnd())
                .append("discountVnd", o.discountVnd())
                .append("voucherCode", o.voucherCode())
                .append("voucherPromotionId", o.voucherPromotionId())
                .append("voucherDiscountVnd", o.voucherDiscountVnd())
                .append("totalVnd", o.totalVnd())
                .append("fulfilment", fulfilment(o.fulfilment()))
                .append("contact", contact(o.contact()))
                .append("paymentMethod", o.paymentMethod())
                .append("placedAt", date(o.placedAt()))
                .append("paymentDueAt", date(o.paymentDueAt()))
                .append("fairEndsAt", date(o.fairEndsAt()))
                .append("reason", o.reason())
                .append(
                        "rejectedLines",
                        o.rejectedLines().stream()
                                .map(OrderDocuments::rejectedLine)
                                .toList())
                .append(
                        "timeline",
                        o.timeline().stream().map(OrderDocuments::step).toList())
                .append(
                        "flashClaims",
                        o.flashClaims().stream()
                                .map(c -> new Document("promotionId", c.promotionId()).append("units", c.units()))
                                .toList())
                .append("placeAttempts", o.placeAttempts())
                .append("lastPlacedAt", date(o.placedAt()))
                .append("confirmedAt", date(o.confirmedAt()))
                .append("paidAt", date(o.paidAt()))
                .append("paymentReference", o.paymentReference())
                .append("fulfilledAt", date(o.fulfilledAt()))
                .append("cancelledBy", o.cancelledBy());
    }

    static Document step(Order.Step s) {
        return new Document("step", s.step()).append("at", date(s.at())).append("note", s.note());
    }

    static Document rejectedLine(Order.RejectedLine l) {
        return new Document("productId", l.productId())
                .append("reason", l.reason())
                .append("available", l.available());
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Order fromDocument(Document d) {
        return new Order(
                d.getString("_id"),
                d.getString("customerId"),
                d.getString("fairId"),
                OrderStatus.valueOf(d.getString("status")),
                d.getList("lines", Document.class).stream()
                        .map(l -> new Order.Line(
                                l.getString("productId"),
                                l.getString("productName"),
                                l.getString("producerId"),
                                l.getInteger("quantity"),
                                number(l, "listPriceVnd"),
                                number(l, "unitPriceVnd"),
                                number(l, "discountVnd"),
                                l.getString("promotionId"),
                                Boolean.TRUE.equals(l.getBoolean("flashDeal"))))
                        .toList(),
                number(d, "subtotalVnd"),
                number(d, "discountVnd"),
                d.getString("voucherCode"),
                d.getString("voucherPromotionId"),
                number(d, "voucherDiscountVnd"),
                number(d, "totalVnd"),
                fulfilment(d.get("fulfilment", Document.class)),
                contact(d.get("contact", Document.class)),
                d.getString("paymentMethod"),
                instant(d, "placedAt"),
                instant(d, "paymentDueAt"),
                instant(d, "fairEndsAt"),
                d.getString("reason"),
                d.getList("rejectedLines", Document.class, List.of()).stream()
                        .map(l -> new Order.RejectedLine(
                                l.getString("productId"), l.getString("reason"), number(l, "available")))
                        .toList(),
                d.getList("timeline", Document.class, List.of()).stream()
                        .map(s -> new Order.Step(s.getString("step"), instant(s, "at"), s.getString("note")))
                        .toList(),
                d.getList("flashClaims", Document.class, List.of()).stream()
                        .map(c -> new Order.FlashClaim(c.getString("promotionId"), c.getInteger("units")))
                        .toList(),
                d.getInteger("placeAttempts", 1),
                instant(d, "confirmedAt"),
                instant(d, "paidAt"),
                d.getString("paymentReference"),
                instant(d, "fulfilledAt"),
                d.getString("cancelledBy"));
    }

    private static Document line(Order.Line l) {
        return new Document("productId", l.productId())
                .append("productName", l.productName())
                .append("producerId", l.producerId())
                .append("quantity", l.quantity())
                .append("listPriceVnd", l.listPriceVnd())
                .append("unitPriceVnd", l.unitPriceVnd())
                .append("discountVnd", l.discountVnd())
                .append("promotionId", l.promotionId())
                .append("flashDeal", l.flashDeal());
    }

    private static Document fulfilment(OrderPlaced.Fulfilment f) {
        if (f == null) {
            return null;
        }
        OrderPlaced.Address a = f.address();
        return new Document("method", f.method())
                .append("boothCode", f.boothCode())
                .append(
                        "address",
                        a == null
                                ? null
                                : new Document("recipient", a.recipient())
                                        .append("phone", a.phone())
                                        .append("street", a.street())
                                        .append("commune", a.commune())
                                        .append("province", a.province()));
    }

    private static OrderPlaced.Fulfilment fulfilment(Document f) {
        if (f == null) {
            return null;
        }
        Document a = f.get("address", Document.class);
        return new OrderPlaced.Fulfilment(
                f.getString("method"),
                f.getString("boothCode"),
                a == null
                        ? null
                        : new OrderPlaced.Address(
                                a.getString("recipient"),
                                a.getString("phone"),
                                a.getString("street"),
                                a.getString("commune"),
                                a.getString("province")));
    }

    private static Document contact(OrderPlaced.Contact c) {
        return c == null
                ? null
                : new Document("name", c.name()).append("email", c.email()).append("phone", c.phone());
    }

    private static OrderPlaced.Contact contact(Document c) {
        return c == null
                ? null
                : new OrderPlaced.Contact(c.getString("name"), c.getString("email"), c.getString("phone"));
    }

    private static long number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
