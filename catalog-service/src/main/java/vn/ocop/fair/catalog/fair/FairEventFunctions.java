package vn.ocop.fair.catalog.fair;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * The records of {@code ocop.fairs.v1} catalog reads, turned into changes of fair presence; other
 * fair events are not catalog's business. Destination, group, retries and DLQ are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class FairEventFunctions {

    static final String BOOTH_ASSIGNED = "vn.ocop.fair.event.BoothAssigned.v1";
    static final String BOOTH_RELEASED = "vn.ocop.fair.event.BoothReleased.v1";

    @Bean
    Consumer<Message<byte[]>> fairEvents(FairPresence presence, JsonMapper json) {
        return EventRoutes.reading(json, "fair event")
                .on(BOOTH_ASSIGNED, BoothAssignedCopy.class, copy -> presence.assigned(copy.toAssignment()))
                .on(BOOTH_RELEASED, BoothReleasedCopy.class, copy -> presence.released(copy.toRelease()))
                .consumer();
    }
}
