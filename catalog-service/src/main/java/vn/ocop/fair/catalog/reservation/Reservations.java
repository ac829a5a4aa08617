package vn.ocop.fair.catalog.reservation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.mongo.SweepMarker;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.StockOutbox;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.support.outbox.Outbox;

/**
 * The {@code reservations} collection: one document per order ({@code _id} = order id, so an order
 * is reserved at most once), the saga log. Whoever works on a reservation holds its {@code claim};
 * every step is a conditional update on {@code _id}, status and claim, so a step is done once even
 * when a redelivered event and the sweeper meet. An outcome and its event are written in one update.
 *
 * <p>Two markers ({@link SweepMarker}) give the sweeper its working sets without scanning:
 * {@code underway} while a step is under way (RESERVING, RELEASING, COMMITTING, or RESERVED with a
 * request to follow), due at its {@code claimedAt}; {@code takenOver} on a reservation the sweeper
 * took over from a worker presumed dead, watched for units that worker may still hold.
 */
@Repository
public class Reservations {

    static final SweepMarker UNDERWAY = new SweepMarker("underway");
    static final SweepMarker TAKEN_OVER = new SweepMarker("takenOver");

    private static final Bson NO_OUTBOX = Projections.exclude(Outbox.fieldName());

    /** The collection's name, and its outbox relay's. */
    public static final String COLLECTION = "reservations";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    Reservations(MongoDatabase catalogDatabase, JsonMapper json) {
        this.collection = catalogDatabase.getCollection(COLLECTION);
        this.json = json;
        UNDERWAY.index(collection);
        TAKEN_OVER.index(collection);
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    /** A reservation with who works on it since when. */
    record Claimed(Reservation reservation, String claim, Instant claimedAt) {}

    /** A reservation the sweeper took over at {@code takenOverAt}. */
    record TakenOver(Reservation reservation, Instant takenOverAt) {}

    /** @return false if the order has a reservation already (redelivered or duplicated event) */
    boolean start(Reservation r, String claim, Instant now) {
        return insert(started(r, claim, now));
    }

    /** A new reservation's document: claimed by {@code claim} and in the sweeper's working set. */
    private static Document started(Reservation r, String claim, Instant now) {
        return ReservationDocuments.document(r)
                .append("claim", claim)
                .append("claimedAt", Date.from(now))
                .append(UNDERWAY.field(), UNDERWAY.value(now, r.orderId()));
    }

    /**
     * {@link #start} for several orders in one unordered insert, each under its own claim.
     *
     * @return the reservations started now; the others exist already (redelivered or duplicated events)
     */
    List<Reservation> startAll(List<Reservation> placed, Map<String, String> claims, Instant now) {
        List<Document> documents = placed.stream()
                .map(r -> started(r, claims.get(r.orderId()), now))
                .toList();
        Set<Integer> existing = new HashSet<>();
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(error.getIndex());
            }
        }
        List<Reservation> started = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (!existing.contains(i)) {
                started.add(placed.get(i));
            }
        }
        return started;
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

    /**
     * Writes down the result of every line before a rejected order's held units are put back, so
     * whoever finishes the reservation after a crash compensates rather than tries again; false if
     * the claim was lost.
     */
    boolean recordLines(String orderId, String claim, List<Reservation.Line> lines, Instant now) {
        return collection
                        .updateOne(
                                mine(orderId, claim, Status.RESERVING),
                                Updates.combine(
                                        Updates.set("lines", ReservationDocuments.documents(lines)),
                                        Updates.set("claimedAt", Date.from(now)),
                                        UNDERWAY.set(now, orderId)))
                        .getModifiedCount()
                == 1;
    }

    /**
     * Moves the reservation from {@code from} to {@code to}, with the event that says so in its
     * outbox (and, if not null, the lines as tried), in one update. It leaves the sweeper's working
     * set, unless it was reserved with a request to follow (an order that ended meanwhile).
     *
     * @return the reservation after, or empty if the claim was lost or the step done already
     */
    Optional<Reservation> finish(
            String orderId,
            String claim,
            Status from,
            Status to,
            StockEvent event,
            List<Reservation.Line> lines,
            Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("status", to.name()),
                Updates.set("claimedAt", Date.from(now)),
                Updates.set(to.name().toLowerCase() + "At", Date.from(now))));
        if (lines != null) {
            changes.add(Updates.set("lines", ReservationDocuments.documents(lines)));
        }
        if (event != null) {
            changes.add(Outbox.append(List.of(StockOutbox.entry(event, json))));
        }
        if (to != Status.RESERVED) {
            return finish(mine(orderId, claim, from), changes, UNDERWAY.unset());
        }
        Optional<Reservation> done = finish(
                Filters.and(mine(orderId, claim, from), Filters.exists("requested", false)), changes, UNDERWAY.unset());
        if (done.isPresent()) {
            return done;
        }
        // asked to release or commit meanwhile: it stays in the working set until that is done
        return finish(mine(orderId, claim, from), changes, UNDERWAY.set(now, orderId));
    }

    private Optional<Reservation> finish(Bson filter, List<Bson> changes, Bson marker) {
        List<Bson> update = new ArrayList<>(changes);
        update.add(marker);
        return Optional.ofNullable(collection.findOneAndUpdate(
                        filter,
                        Updates.combine(update),
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
                UNDERWAY.set(now, orderId),
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

    /**
     * Reservations whose step has been under way since before {@code cutoff}: abandoned by a crash.
     * Read through the {@code underway} marker (at most {@code limit}), never the whole collection.
     */
    List<Claimed> abandoned(Instant cutoff, int limit) {
        return collection
                .find(UNDERWAY.dueBy(cutoff.minusMillis(1)))
                .projection(NO_OUTBOX)
                .limit(limit)
                .map(ReservationDocuments::claimed)
                .into(new ArrayList<>());
    }

    /**
     * Takes over a reservation abandoned since before {@code cutoff}; empty if somebody else took it,
     * or its worker moved it on, meanwhile. It is watched from now on for units the worker presumed
     * dead may still hold ({@link #takenOver}).
     */
    Optional<Claimed> takeOver(Claimed abandoned, Instant cutoff, String claim, Instant now) {
        String orderId = abandoned.reservation().orderId();
        Bson stillAbandoned = Filters.and(
                Filters.eq("_id", orderId),
                Filters.eq("status", abandoned.reservation().status().name()),
                Filters.eq("claim", abandoned.claim()),
                Filters.lt("claimedAt", Date.from(cutoff)));
        return Optional.ofNullable(collection.findOneAndUpdate(
                        stillAbandoned,
                        Updates.combine(
                                Updates.set("claim", claim),
                                Updates.set("claimedAt", Date.from(now)),
                                UNDERWAY.set(now, orderId),
                                TAKEN_OVER.set(now, orderId)),
                        new FindOneAndUpdateOptions()
                                .returnDocument(ReturnDocument.AFTER)
                                .projection(NO_OUTBOX)))
                .map(ReservationDocuments::claimed);
    }

    /** Reservations taken over from a worker presumed dead (at most {@code limit}), through the {@code takenOver} marker. */
    List<TakenOver> takenOver(int limit) {
        return collection
                .find(TAKEN_OVER.any())
                .projection(NO_OUTBOX)
                .limit(limit)
                .map(d -> new TakenOver(ReservationDocuments.reservation(d), TAKEN_OVER.due(d)))
                .into(new ArrayList<>());
    }

    /** Stops watching a reservation taken over long enough ago. */
    void stopWatching(String orderId) {
        collection.updateOne(Filters.eq("_id", orderId), TAKEN_OVER.unset());
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
