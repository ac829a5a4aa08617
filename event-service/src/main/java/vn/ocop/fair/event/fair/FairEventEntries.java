package vn.ocop.fair.event.fair;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.event.fair.events.FairEvent;
import vn.ocop.fair.support.outbox.OutboxEntry;

/**
 * Turns fair events into outbox entries: topic {@code ocop.fairs.v1}, key = fair id, typed as
 * CloudEvents from {@code /event-service}, JSON payload. Every feature that raises fair events
 * (fairs, programme, promotions, booths, applications) stores them through this one.
 */
@Component
public class FairEventEntries {

    static final String SOURCE = "/event-service";

    private final JsonMapper json;

    public FairEventEntries(JsonMapper json) {
        this.json = json;
    }

    public List<OutboxEntry> of(FairEvent... events) {
        return List.of(events).stream()
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
