package vn.ocop.fair.catalog.reservation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.StockOutbox;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * The {@code reservations} collection: one document per order ({@code _id} = order id, so an order
 * is reserved at most once), the saga log. Whoever works on a reservation holds its {@code claim};
 * every step is a conditional update on status and claim, so a step is done once even when a
 * redelivered event and the sweeper meet. An outcome and its event are written in one update.
 */
@Repository
public class Reservations {

    private static final Bson NO_OUTBOX = Projections.exclude(Outbox.fieldName());

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    Reservations(MongoDatabase catalogDatabase, JsonMapper json) {
        this.collection = catalogDatabase.getCollection("reservations");
        this.json = json;
        collection.createIndex(Indexes.ascending("status", "claimedAt")); // the sweeper's query
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** A reservation with who works on it since when. */
    record Claimed(Reservation reservation, String claim, Instant claimedAt) {}

    /** @return false if the order has a reservation already (redelivered or duplicated event) */
    boolean start(Reservation r, String claim, Instant now) {
        return insert(ReservationDocuments.document(r).append("claim", claim).append("claimedAt", Date.from(now)));
    }

    /** Remembers an order that ended before catalog reserved anything for it, so a late OrderPlaced reserves nothing. */
    boolean closeUnreserved(String orderId, String cause, Instant now) {
        return insert(new Document("_id", orderId)
                .append("status", Status.RELEASED.name())
                .append("lines", List.of())
                .append("releaseCause", cause)
                .append("note", "ended before it was reserved")
                .append("claimedAt", Date.from(now))
                .append(Outbox.fieldName(), List.of()));
    }

    Optional<Claimed> find(String orderId) {
        return Optional.ofNullable(collection
                        .find(Filters.eq("_id", orderId))
                        .projection(NO_OUTBOX)
                        .first())
                .map(ReservationDocuments::claimed);
    }

    /** Records the result of one line; false if the claim was lost or the line recorded already. */
    boolean recordLine(String orderId, String claim, int index, Reservation.Line line, Instant now) {
        return collection
                        .updateOne(
                                Filters.and(
                                        mine(orderId, claim, Status.RESERVING),
                                        Filters.eq("lines." + index + ".state", Reservation.LineState.PENDING.name())),
                                Updates.combine(
                                        Updates.set("lines." + index, ReservationDocuments.document(line)),
                                        Updates.set("claimedAt", Date.from(now))))
                        .getModifiedCount()
                == 1;
    }

    /**
     * Moves the reservation from {@code from} to {@code to}, with the event that says so in its
     * outbox, in one update.
     *
     * @return the reservation after, or empty if the claim was lost or the step done already
     */
    Optional<Reservation> finish(String orderId, String claim, Status from, Status to, StockEvent event, Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("status", to.name()),
                Updates.set("claimedAt", Date.from(now)),
                Updates.set(to.name().toLowerCase() + "At", Date.from(now))));
        if (event != null) {
            changes.add(Outbox.append(List.of(StockOutbox.entry(event, json))));
        }
        return Optional.ofNullable(collection.findOneAndUpdate(
                        mine(orderId, claim, from),
                        Updates.combine(changes),
                        new FindOneAndUpdateOptions()
                                .returnDocument(ReturnDocument.AFTER)
                                .projection(NO_OUTBOX)))
                .map(ReservationDocuments::reservation);
    }

    /** Starts releasing or committing a reserved order under a new claim; empty unless it is RESERVED. */
    Optional<Reservation> begin(String orderId, Status to, String cause, String claim, Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("status", to.name()),
                Updates.set("claim", claim),
                Updates.set("claimedAt", Date.from(now)),
                Updates.unset("requested")));
        if (cause != null) {
            changes.add(Updates.set("releaseCause", cause));
        }
        return Optional.ofNullable(collection.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", orderId), Filters.eq("status", Status.RESERVED.name())),
                        Updates.combine(changes),
                        new FindOneAndUpdateOptions()
                                .returnDocument(ReturnDocument.AFTER)
                                .projection(NO_OUTBOX)))
                .map(ReservationDocuments::reservation);
    }

    /** Asks a reservation still in progress to release or commit once reserved; false unless it is RESERVING. */
    boolean request(String orderId, Reservation.Requested what, String cause) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("requested", what.name())));
        if (cause != null) {
            changes.add(Updates.set("releaseCause", cause));
        }
        return collection
                        .updateOne(
                                Filters.and(Filters.eq("_id", orderId), Filters.eq("status", Status.RESERVING.name())),
                                Updates.combine(changes))
                        .getMatchedCount()
                == 1;
    }

    /** Reservations whose step has been under way since before {@code cutoff}: abandoned by a crash. */
    List<Claimed> abandoned(Instant cutoff) {
        Bson inProgress = Filters.in(
                "status", List.of(Status.RESERVING.name(), Status.RELEASING.name(), Status.COMMITTING.name()));
        Bson reservedWithRequest =
                Filters.and(Filters.eq("status", Status.RESERVED.name()), Filters.exists("requested"));
        return collection
                .find(Filters.and(
                        Filters.or(inProgress, reservedWithRequest), Filters.lt("claimedAt", Date.from(cutoff))))
                .projection(NO_OUTBOX)
                .map(ReservationDocuments::claimed)
                .into(new ArrayList<>());
    }

    /**
     * Takes over a reservation abandoned since before {@code cutoff}; empty if somebody else took it,
     * or its worker moved it on, meanwhile.
     */
    Optional<Claimed> takeOver(Claimed abandoned, Instant cutoff, String claim, Instant now) {
        Bson stillAbandoned = Filters.and(
                Filters.eq("_id", abandoned.reservation().orderId()),
                Filters.eq("status", abandoned.reservation().status().name()),
                Filters.eq("claim", abandoned.claim()),
                Filters.lt("claimedAt", Date.from(cutoff)));
        return Optional.ofNullable(collection.findOneAndUpdate(
                        stillAbandoned,
                        Updates.combine(Updates.set("claim", claim), Updates.set("claimedAt", Date.from(now))),
                        new FindOneAndUpdateOptions()
                                .returnDocument(ReturnDocument.AFTER)
                                .projection(NO_OUTBOX)))
                .map(ReservationDocuments::claimed);
    }

    /** The status of each of these orders that has a reservation. */
    Map<String, Status> statuses(Collection<String> orderIds) {
        Map<String, Status> statuses = new HashMap<>();
        collection
                .find(Filters.in("_id", orderIds))
                .projection(Projections.include("status"))
                .forEach(d -> statuses.put(d.getString("_id"), Status.valueOf(d.getString("status"))));
        return statuses;
    }

    private boolean insert(Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Bson mine(String orderId, String claim, Status status) {
        return Filters.and(Filters.eq("_id", orderId), Filters.eq("claim", claim), Filters.eq("status", status.name()));
    }
}
