package vn.ocop.fair.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publisher's side of an event contract: each event a service publishes is pinned to a JSON
 * sample under {@code events/} on the test class path, which its consumers' tests read too. A
 * {@code @JsonTest} implements it with a static {@code samples()} of (type, event) arguments; the
 * service's own {@link JsonMapper} writes and reads them.
 */
public interface PinnedEventSamples<E> {

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    default void serialisesToItsPinnedSample(String type, E event, @Autowired JsonMapper json) throws IOException {
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(sample(type, json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    default void readsBackFromItsSample(String type, E event, @Autowired JsonMapper json) throws IOException {
        assertThat(json.treeToValue(sample(type, json), event.getClass())).isEqualTo(event);
    }

    /** The pinned sample {@code events/<type>.json}. */
    private JsonNode sample(String type, JsonMapper json) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + type + ".json")) {
            assertThat(in).as("sample events/%s.json", type).isNotNull();
            return json.readTree(in);
        }
    }
}
