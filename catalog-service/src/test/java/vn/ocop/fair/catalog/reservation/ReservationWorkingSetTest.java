package vn.ocop.fair.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.mongo.OwnDatabase;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.events.StockLine;

/**
 * The sweeper's reads of the reservations, in a database of their own: among thousands of ended
 * reservations, a few under way right now and one that looks abandoned but carries no marker, the
 * sweeper's queries find exactly their candidate, through the sparse unique marker alone.
 */
@CatalogIntegrationTest
class ReservationWorkingSetTest {

    static final int ENDED = 5_000;
    static final Instant NOW = Instant.now();
    static final Instant LONG_AGO = NOW.minus(Duration.ofHours(1));
    static final Instant CUTOFF = NOW.minus(Duration.ofSeconds(30));

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase("catalog-working-set");

    @Autowired
    JsonMapper json;

    Reservations reservations;

    @BeforeEach
    void manyReservationsOutOfTheWorkingSet() {
        reservations = new Reservations(database.get(), json);
        List<Document> ended = new ArrayList<>();
        Status[] ends = {Status.RESERVED, Status.REJECTED, Status.RELEASED, Status.COMMITTED};
        for (int i = 0; i < ENDED; i++) {
            ended.add(ReservationDocuments.document(placed())
                    .append("status", ends[i % ends.length].name())
                    .append("claim", "worker")
                    .append("claimedAt", Date.from(LONG_AGO)));
        }
        reservations.collection().insertMany(ended);
        for (int i = 0; i < 20; i++) {
            reservations.start(placed(), "busy-worker", NOW); // under way right now: not abandoned
        }
    }

    @Test
    void findsTheAbandonedReservationAmongThousandsThroughItsMarker() {
        Reservation abandoned = placed();
        reservations.start(abandoned, "dead-worker", LONG_AGO);
        reservations
                .collection()
                .insertOne(ReservationDocuments.document(placed())
                        .append("claim", "unmarked")
                        .append("claimedAt", Date.from(LONG_AGO))); // RESERVING and old, but outside the working set

        List<Reservations.Claimed> found = reservations.abandoned(CUTOFF, ReservationRecovery.BATCH);

        assertThat(found).extracting(c -> c.reservation().orderId()).containsExactly(abandoned.orderId());
        assertThat(found.get(0).claim()).isEqualTo("dead-worker");
        assertThat(markerIndex("underway")).isNotNull();
    }

    @Test
    void findsTheTakenOverReservationAmongThousandsThroughItsMarker() {
        Reservation abandoned = placed();
        reservations.start(abandoned, "dead-worker", LONG_AGO);
        Reservations.Claimed claimed =
                reservations.abandoned(CUTOFF, ReservationRecovery.BATCH).get(0);

        reservations.takeOver(claimed, CUTOFF, "sweeper", NOW).orElseThrow();

        assertThat(reservations.abandoned(CUTOFF, ReservationRecovery.BATCH))
                .as("taken over now, so no longer abandoned")
                .isEmpty();
        assertThat(reservations.takenOver(ReservationRecovery.BATCH))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.reservation().orderId()).isEqualTo(abandoned.orderId());
                    assertThat(t.takenOverAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
                });
        reservations.stopWatching(abandoned.orderId());
        assertThat(reservations.takenOver(ReservationRecovery.BATCH)).isEmpty();
        assertThat(markerIndex("takenOver")).isNotNull();
    }

    @Test
    void aFinishedStepLeavesTheWorkingSetUnlessItWasAskedToReleaseMeanwhile() {
        Reservation quiet = placed();
        Reservation cancelled = placed();
        reservations.start(quiet, "w", LONG_AGO);
        reservations.start(cancelled, "w", LONG_AGO);
        reservations.request(cancelled.orderId(), Reservation.Requested.RELEASE, "ORDER_CANCELLED");

        reservations.finish(quiet.orderId(), "w", Status.RESERVING, Status.RESERVED, null, null, LONG_AGO);
        Reservation reserved = reservations
                .finish(cancelled.orderId(), "w", Status.RESERVING, Status.RESERVED, null, null, LONG_AGO)
                .orElseThrow();

        assertThat(reserved.requested()).isEqualTo(Reservation.Requested.RELEASE);
        assertThat(reservations.abandoned(CUTOFF, ReservationRecovery.BATCH))
                .extracting(c -> c.reservation().orderId())
                .containsExactly(cancelled.orderId());
    }

    private Document markerIndex(String field) {
        for (Document index : reservations.collection().listIndexes()) {
            Document key = index.get("key", Document.class);
            if (key.containsKey(field)
                    && Boolean.TRUE.equals(index.getBoolean("unique"))
                    && Boolean.TRUE.equals(index.getBoolean("sparse"))) {
                return index;
            }
        }
        return null;
    }

    private static Reservation placed() {
        return Reservation.placed(
                UUID.randomUUID().toString(), List.of(new StockLine("p-" + UUID.randomUUID(), 1)), LONG_AGO);
    }
}
