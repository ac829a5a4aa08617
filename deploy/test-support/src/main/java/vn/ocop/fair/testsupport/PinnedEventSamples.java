package vn.ocop.fair.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publisher's side of an event contract: each event a service publishes is pinned to a JSON
 * sample under {@code events/} on the test class path, which its consumers' tests read too. A
 * {@code @JsonTest} implements it, with a static {@code samples()} of (type, event) arguments and
 * the service's {@link JsonMapper}.
 */
public interface PinnedEventSamples<E> {

    /** The service's JSON mapper, as it writes and reads its events. */
    JsonMapper json();

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    default void serialisesToItsPinnedSample(String type, E event) throws IOException {
        assertThat(json().readTree(json().writeValueAsString(event))).isEqualTo(sample(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    default void readsBackFromItsSample(String type, E event) throws IOException {
        assertThat(json().treeToValue(sample(type), event.getClass())).isEqualTo(event);
    }

    /** The pinned sample {@code events/<type>.json}. */
    default JsonNode sample(String type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + type + ".json")) {
            assertThat(in).as("sample events/%s.json", type).isNotNull();
            return json().readTree(in);
        }
    }
}
