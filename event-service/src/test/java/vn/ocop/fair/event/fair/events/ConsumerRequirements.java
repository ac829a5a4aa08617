package vn.ocop.fair.event.fair.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the consumers of {@code ocop.fairs.v1} require of each event's JSON before they act on it,
 * copied from their readers (a record that breaks one of these is parked in the consumer's DLQ):
 * order-service's {@code FairEventCopy} and {@code FairEventFunctions}, notification-service's
 * {@code FairCopy} and {@code FairEventsHandler}, catalog-service's {@code BoothAssignedCopy} and
 * {@code BoothReleasedCopy}. When a consumer starts requiring a field, add it here.
 */
public final class ConsumerRequirements {

    static final Set<String> LIFECYCLE =
            Set.of("FairScheduled", "FairPublished", "FairOpened", "FairClosed", "FairCancelled");

    static final Set<String> BOOTH_ASSIGNMENTS = Set.of("BoothAssigned", "BoothReleased");

    private ConsumerRequirements() {}

    /** Each requirement {@code event} (of type {@code type}) breaks, named with its consumer; empty when none. */
    public static List<String> unmetBy(String type, JsonNode event) {
        List<String> unmet = new ArrayList<>();
        Check check = new Check(event, unmet);
        check.text("notification-service", "fairId");
        if (LIFECYCLE.contains(type)) {
            check.present("order-service", "version");
            check.present("order-service", "fair");
            check.text("order-service", "fair", "status");
            check.date("order-service", "fair", "startsOn");
            check.date("order-service", "fair", "endsOn");
            check.present("notification-service", "fair");
        }
        if (BOOTH_ASSIGNMENTS.contains(type)) {
            check.text("order-service", "assignmentId");
            check.text("catalog-service", "boothCode");
            check.present("catalog-service", "occurredAt");
            check.text("notification-service", "producerId");
        }
        switch (type) {
            case "PromotionAnnounced" -> {
                check.present("order-service", "promotion");
                check.text("order-service", "promotion", "id");
                check.present("order-service", "promotion", "version");
                check.text("order-service", "promotion", "kind");
            }
            case "PromotionWithdrawn" -> {
                check.text("order-service", "promotionId");
                check.present("order-service", "version");
            }
            case "BoothAssigned" -> {
                check.text("order-service", "boothCode");
                check.text("catalog-service", "producerId");
                check.present("catalog-service", "productIds");
                check.date("catalog-service", "startsOn");
                check.date("catalog-service", "endsOn");
            }
            case "ExhibitorApplicationDecided" -> {
                check.text("notification-service", "producerId");
                String decision = event.path("decision").asString("");
                if (!Set.of("APPROVED", "REJECTED", "WAITLISTED").contains(decision)) {
                    unmet.add(
                            "notification-service: decision must be APPROVED, REJECTED or WAITLISTED, not " + decision);
                }
            }
            default -> {}
        }
        return unmet;
    }

    private record Check(JsonNode event, List<String> unmet) {

        void present(String consumer, String... path) {
            if (at(path).isMissingNode() || at(path).isNull()) {
                unmet.add(consumer + ": needs " + String.join(".", path));
            }
        }

        void text(String consumer, String... path) {
            JsonNode node = at(path);
            if (!node.isString() || node.asString().isBlank()) {
                unmet.add(consumer + ": needs a non-blank " + String.join(".", path));
            }
        }

        void date(String consumer, String... path) {
            JsonNode node = at(path);
            if (!node.isString() || !node.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
                unmet.add(consumer + ": needs a date in " + String.join(".", path));
            }
        }

        private JsonNode at(String... path) {
            JsonNode node = event;
            for (String name : path) {
                node = node.path(name);
            }
            return node;
        }
    }
}
