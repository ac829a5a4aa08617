package vn.ocop.fair.catalog.reservation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.mongo.Migration;
import vn.ocop.fair.catalog.reservation.Reservation.Status;

/**
 * Once per database: gives the reservation steps left under way before the {@code underway}
 * marker existed their marker, due at their {@code claimedAt}, so the sweeper, which reads only
 * through it, recovers them. Each is set only while it has the status and claim it was read with.
 */
@Component
class UnderwayBackfill implements Migration {

    private final MongoCollection<Document> reservations;

    UnderwayBackfill(Reservations reservations) {
        this.reservations = reservations.collection();
    }

    @Override
    public String name() {
        return "reservations.underway";
    }

    @Override
    public int migrate() {
        Bson inProgress = Filters.in(
                "status", List.of(Status.RESERVING.name(), Status.RELEASING.name(), Status.COMMITTING.name()));
        Bson reservedWithRequest =
                Filters.and(Filters.eq("status", Status.RESERVED.name()), Filters.exists("requested"));
        List<Document> unmarked = reservations
                .find(Filters.and(
                        Filters.or(inProgress, reservedWithRequest),
                        Filters.exists(Reservations.UNDERWAY.field(), false)))
                .projection(Projections.include("status", "claim", "claimedAt"))
                .into(new ArrayList<>());
        int marked = 0;
        for (Document d : unmarked) {
            Bson unchanged = Filters.and(
                    Filters.eq("_id", d.get("_id")),
                    Filters.eq("status", d.getString("status")),
                    Filters.eq("claim", d.getString("claim")));
            marked += (int) reservations
                    .updateOne(
                            unchanged,
                            Reservations.UNDERWAY.set(d.getDate("claimedAt").toInstant(), d.get("_id")))
                    .getModifiedCount();
        }
        return marked;
    }
}
