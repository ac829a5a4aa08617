package vn.ocop.fair.catalog.reservation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.mongo.Migration;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Move;
import vn.ocop.fair.catalog.stock.Stocks;

/**
 * Once per database: the stock documents written before moves were settled kept every order's hold
 * in a {@code holds} array, which grew with the orders holding units. The holds of orders still
 * being reserved become holds in flight (token {@link Move#BEFORE_TOKENS}, so a worker taking the
 * reservation over finds them); the others are recorded by their reservation already and are
 * dropped. {@code heldOrders} counts them all.
 */
@Component
class HoldsInFlightMigration implements Migration {

    private final MongoCollection<Document> stock;
    private final Reservations reservations;

    HoldsInFlightMigration(MongoDatabase catalogDatabase, Reservations reservations) {
        this.stock = catalogDatabase.getCollection(Stocks.COLLECTION);
        this.reservations = reservations;
    }

    @Override
    public String name() {
        return "stock.holds-in-flight";
    }

    @Override
    public int migrate() {
        int changed = 0;
        for (Document d : stock.find(Filters.exists("holds"))
                .projection(Projections.include("holds"))
                .into(new ArrayList<>())) {
            List<Document> holds = d.getList("holds", Document.class, List.of());
            Set<String> reserving = reservations
                    .collection()
                    .find(Filters.and(
                            Filters.in(
                                    "_id",
                                    holds.stream()
                                            .map(h -> h.getString("order"))
                                            .toList()),
                            Filters.eq("status", Status.RESERVING.name())))
                    .projection(Projections.include("_id"))
                    .map(r -> r.getString("_id"))
                    .into(new ArrayList<>())
                    .stream()
                    .collect(Collectors.toSet());
            List<Document> inFlight = holds.stream()
                    .filter(h -> reserving.contains(h.getString("order")))
                    .map(h -> new Document("order", h.getString("order"))
                            .append("quantity", h.get("quantity"))
                            .append("kind", Move.Kind.HOLD.name())
                            .append("token", Move.BEFORE_TOKENS)
                            .append("at", h.getDate("at")))
                    .toList();
            changed += (int) stock.updateOne(
                            Filters.and(Filters.eq("_id", d.get("_id")), Filters.exists("holds")),
                            Updates.combine(
                                    Updates.pushEach("pending", inFlight),
                                    Updates.inc("heldOrders", (long) holds.size()),
                                    Updates.unset("holds")))
                    .getModifiedCount();
        }
        return changed;
    }
}
