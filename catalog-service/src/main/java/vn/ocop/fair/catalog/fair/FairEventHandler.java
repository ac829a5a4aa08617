package vn.ocop.fair.catalog.fair;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.CloudEventHeaders;

/** Turns one record of {@code ocop.fairs.v1} into a change of fair presence; other fair events are not catalog's business. */
@Component
class FairEventHandler {

    private static final Logger log = LoggerFactory.getLogger(FairEventHandler.class);
    static final String BOOTH_ASSIGNED = "vn.ocop.fair.event.BoothAssigned.v1";
    static final String BOOTH_RELEASED = "vn.ocop.fair.event.BoothReleased.v1";

    private final FairPresence presence;
    private final JsonMapper json;

    FairEventHandler(FairPresence presence, JsonMapper json) {
        this.presence = presence;
        this.json = json;
    }

    void handle(Map<String, Object> headers, byte[] payload) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new MalformedFairEvent("record without a CloudEvents type (ce_type header)"));
        switch (type) {
            case BOOTH_ASSIGNED ->
                presence.assigned(read(payload, BoothAssignedCopy.class).toAssignment());
            case BOOTH_RELEASED ->
                presence.released(read(payload, BoothReleasedCopy.class).toRelease());
            default -> log.debug("Ignoring {}: not a type catalog-service reads", type);
        }
    }

    private <T> T read(byte[] payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JacksonException e) {
            throw new MalformedFairEvent("unreadable fair event: " + e.getOriginalMessage(), e);
        }
    }
}
