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

    /** The moves in flight: {@code {order, quantity, kind, token, at}}. */
    static final String PENDING = "pending";

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
        if (c.adds() != null) {
            guard.add(Filters.ne(PENDING + ".order", c.adds().orderId()));
        }
        if (c.delta().reserved() < 0) {
            guard.add(Filters.gte("reserved", -c.delta().reserved()));
        }
        if (c.removes() != null) {
            Move m = c.removes();
            guard.add(Filters.elemMatch(
                    PENDING, Filters.and(Filters.eq("order", m.orderId()), Filters.eq("token", m.token()))));
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
        increment(update, "heldOrders", c.heldOrdersDelta());
        if (c.adds() != null) {
            Move m = c.adds();
            update.add(Updates.push(
                    PENDING,
                    new Document("order", m.orderId())
                            .append("quantity", m.quantity())
                            .append("kind", m.kind().name())
                            .append("token", m.token())
                            .append("at", Date.from(m.at()))));
        }
        if (c.removes() != null) {
            update.add(settle(c.removes().token()));
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

    /** Takes a move off the stock's moves in flight. */
    static Bson settle(String token) {
        return Updates.pull(PENDING, new Document("token", token));
    }

    private static void increment(List<Bson> update, String field, long delta) {
        if (delta != 0) {
            update.add(Updates.inc(field, delta));
        }
    }

    static Stock stock(Document d) {
        List<Move> pending = d.getList(PENDING, Document.class, List.of()).stream()
                .map(StockDocuments::move)
                .toList();
        return new Stock(
                d.getString("_id"),
                d.getString("producerId"),
                count(d, "received"),
                count(d, "available"),
                count(d, "reserved"),
                count(d, "sold"),
                d.get("lowThreshold", Number.class).intValue(),
                count(d, "heldOrders"),
                pending);
    }

    static Move move(Document m) {
        return new Move(
                m.getString("order"),
                m.get("quantity", Number.class).intValue(),
                Move.Kind.valueOf(m.getString("kind")),
                m.getString("token"),
                m.getDate("at").toInstant());
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
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }
}
