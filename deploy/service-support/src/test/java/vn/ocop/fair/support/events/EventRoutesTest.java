package vn.ocop.fair.support.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventRoutesTest {

    record BoothAssigned(String fairId, String boothCode) {}

    private final List<Object> handled = new ArrayList<>();
    private final EventRoutes routes = EventRoutes.reading(JsonMapper.builder().build(), "fair event")
            .on("vn.ocop.fair.event.BoothAssigned.v1", BoothAssigned.class, handled::add);

    @Test
    void readsEachTypeItRoutesIntoItsRecordAndHandsItOver() {
        routes.handle(
                Map.of(CloudEventHeaders.TYPE, "vn.ocop.fair.event.BoothAssigned.v1".getBytes(StandardCharsets.UTF_8)),
                "{\"fairId\":\"f-1\",\"boothCode\":\"A-01\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(handled).containsExactly(new BoothAssigned("f-1", "A-01"));
    }

    @Test
    void routesSeveralTypesToOneHandler() {
        List<Object> snapshots = new ArrayList<>();
        EventRoutes byType = EventRoutes.reading(JsonMapper.builder().build(), "fair event")
                .on(List.of("FairOpened", "FairClosed"), BoothAssigned.class, snapshots::add);

        byType.handle(Map.of(CloudEventHeaders.TYPE, "FairOpened"), "{\"fairId\":\"f-1\"}".getBytes());
        byType.handle(Map.of(CloudEventHeaders.TYPE, "FairClosed"), "{\"fairId\":\"f-2\"}".getBytes());

        assertThat(snapshots).containsExactly(new BoothAssigned("f-1", null), new BoothAssigned("f-2", null));
    }

    @Test
    void skipsTypesTheServiceDoesNotRead() {
        routes.handle(Map.of(CloudEventHeaders.TYPE, "vn.ocop.fair.event.FairOpened.v1"), "not even json".getBytes());

        assertThat(handled).isEmpty();
    }

    @Test
    void callsARecordWithoutATypeOrWithAPayloadThatDoesNotReadUnreadable() {
        assertThatThrownBy(() -> routes.handle(Map.of(), "{}".getBytes()))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("ce_type");
        assertThatThrownBy(() -> routes.handle(
                        Map.of(CloudEventHeaders.TYPE, "vn.ocop.fair.event.BoothAssigned.v1"),
                        "{\"fairId\":".getBytes()))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("unreadable fair event");
        assertThat(handled).isEmpty();
    }

    @Test
    void letsWhatAHandlerThrowsThroughToBeRetried() {
        EventRoutes failing = EventRoutes.reading(JsonMapper.builder().build(), "fair event")
                .on("t", BoothAssigned.class, event -> {
                    throw new IllegalStateException("store away");
                });

        assertThatThrownBy(() -> failing.handle(Map.of(CloudEventHeaders.TYPE, "t"), "{}".getBytes()))
                .isInstanceOf(IllegalStateException.class);
    }
}
