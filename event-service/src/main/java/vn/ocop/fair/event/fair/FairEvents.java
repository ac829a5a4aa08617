package vn.ocop.fair.event.fair;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.event.fair.events.FairEvent;
import vn.ocop.fair.support.outbox.OutboxEntry;

/** Fair events as outbox entries: on {@code ocop.fairs.v1}, keyed by fair id, typed as CloudEvents. */
public final class FairEvents {

    public static final String SOURCE = "/event-service";

    private FairEvents() {}

    public static List<OutboxEntry> entries(JsonMapper json, FairEvent... events) {
        return java.util.Arrays.stream(events)
                .map(event -> OutboxEntry.of(
                        FairEvent.TOPIC,
                        event.fairId(),
                        event.cloudEventType(),
                        SOURCE,
                        event.occurredAt(),
                        json.writeValueAsString(event)))
                .toList();
    }
}
