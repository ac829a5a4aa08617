package vn.ocop.fair.catalog.stock;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.ocop.fair.support.outbox.Outbox;
import vn.ocop.fair.support.outbox.OutboxEntry;

/** How a product's stock and each {@link StockChange} look in the {@code stock} collection. */
final class StockDocuments {

    private StockDocuments() {}

    /** The filter that lets the change apply only while what it was decided on still holds. */
    static Bson guard(StockChange c) {
        List<Bson> guard = new ArrayList<>();
        guard.add(Filters.eq("_id", c.productId()));
        if (c.guard().availableFrom() > 0) {
            guard.add(Filters.gte("available", c.guard().availableFrom()));
        }
        if (c.guard().availableBelow() != Long.MAX_VALUE) {
            guard.add(Filters.lt("available", c.guard().availableBelow()));
        }
        if (c.guard().threshold() != null) {
            guard.add(Filters.eq("lowThreshold", c.guard().threshold()));
        }
        if (c.addHold() != null) {
            guard.add(Filters.ne("holds.order", c.addHold().orderId()));
        }
        if (c.removeHold() != null) {
            Hold h = c.removeHold();
            guard.add(Filters.elemMatch(
                    "holds", Filters.and(Filters.eq("order", h.orderId()), Filters.eq("quantity", h.quantity()))));
        }
        return Filters.and(guard);
    }

    /** The counters as an {@code $inc}, the holds, audit trail and events as pushes and pulls. */
    static Bson update(StockChange c, List<OutboxEntry> events) {
        List<Bson> update = new ArrayList<>();
        increment(update, "received", c.delta().received());
        increment(update, "available", c.delta().available());
        increment(update, "reserved", c.delta().reserved());
        increment(update, "sold", c.delta().sold());
        if (c.addHold() != null) {
            Hold h = c.addHold();
            update.add(Updates.push(
                    "holds",
                    new Document("order", h.orderId())
                            .append("quantity", h.quantity())
                            .append("at", Date.from(h.at()))));
        }
        if (c.removeHold() != null) {
            update.add(
                    Updates.pull("holds", new Document("order", c.removeHold().orderId())));
        }
        if (c.adjustment() != null) {
            Adjustment a = c.adjustment();
            update.add(Updates.push(
                    "adjustments",
                    new Document("delta", a.delta())
                            .append("reason", a.reason())
                            .append("by", a.by())
                            .append("at", Date.from(a.at()))));
        }
        if (c.newLowThreshold() != null) {
            update.add(Updates.set("lowThreshold", c.newLowThreshold()));
        }
        if (!events.isEmpty()) {
            update.add(Outbox.append(events));
        }
        update.add(Updates.currentDate("changedAt"));
        return Updates.combine(update);
    }

    private static void increment(List<Bson> update, String field, long delta) {
        if (delta != 0) {
            update.add(Updates.inc(field, delta));
        }
    }

    static Stock stock(Document d) {
        List<Hold> holds = d.getList("holds", Document.class, List.of()).stream()
                .map(h -> new Hold(
                        h.getString("order"),
                        h.get("quantity", Number.class).intValue(),
                        h.getDate("at").toInstant()))
                .toList();
        return new Stock(
                d.getString("_id"),
                d.getString("producerId"),
                count(d, "received"),
                count(d, "available"),
                count(d, "reserved"),
                count(d, "sold"),
                d.get("lowThreshold", Number.class).intValue(),
                holds);
    }

    static List<Adjustment> adjustments(Document d) {
        return d.getList("adjustments", Document.class, List.of()).stream()
                .map(a -> new Adjustment(
                        a.get("delta", Number.class).longValue(),
                        a.getString("reason"),
                        a.getString("by"),
                        a.getDate("at").toInstant()))
                .toList();
    }

    private static long count(Document d, String field) {
        return d.get(field, Number.class).longValue();
    }
}
