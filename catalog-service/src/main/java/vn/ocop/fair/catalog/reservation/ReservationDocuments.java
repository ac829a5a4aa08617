package vn.ocop.fair.catalog.reservation;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.support.outbox.Outbox;

/** How a reservation looks in the {@code reservations} collection. */
final class ReservationDocuments {

    private ReservationDocuments() {}

    static Document document(Reservation r) {
        return new Document("_id", r.orderId())
                .append("status", r.status().name())
                .append(
                        "lines",
                        r.lines().stream().map(ReservationDocuments::document).toList())
                .append("placedAt", r.placedAt() == null ? null : Date.from(r.placedAt()))
                .append(Outbox.fieldName(), List.of());
    }

    static List<Document> documents(List<Reservation.Line> lines) {
        return lines.stream().map(ReservationDocuments::document).toList();
    }

    static Document document(Reservation.Line line) {
        return new Document("productId", line.productId())
                .append("quantity", line.quantity())
                .append("state", line.state().name())
                .append(
                        "refusal",
                        line.refusal() == null ? null : line.refusal().name())
                .append("available", line.available())
                .append("token", line.token());
    }

    static Reservations.Claimed claimed(Document d) {
        Date claimedAt = d.getDate("claimedAt");
        return new Reservations.Claimed(
                reservation(d), d.getString("claim"), claimedAt == null ? null : claimedAt.toInstant());
    }

    static Reservation reservation(Document d) {
        List<Reservation.Line> lines = d.getList("lines", Document.class, List.of()).stream()
                .map(l -> new Reservation.Line(
                        l.getString("productId"),
                        l.get("quantity", Number.class).intValue(),
                        Reservation.LineState.valueOf(l.getString("state")),
                        l.getString("refusal") == null ? null : Refusal.valueOf(l.getString("refusal")),
                        l.get("available", Number.class).longValue(),
                        l.getString("token")))
                .toList();
        Date placedAt = d.getDate("placedAt");
        String requested = d.getString("requested");
        return new Reservation(
                d.getString("_id"),
                Status.valueOf(d.getString("status")),
                lines,
                placedAt == null ? null : placedAt.toInstant(),
                requested == null ? null : Reservation.Requested.valueOf(requested),
                d.getString("releaseCause"));
    }
}
