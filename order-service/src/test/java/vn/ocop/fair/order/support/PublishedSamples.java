package vn.ocop.fair.order.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON samples the services order-service listens to pin for the events they publish: what
 * order-service's copies of those events must read, and what the tests send in their place.
 */
public enum PublishedSamples {
    CATALOG("../catalog-service/src/test/resources/events"),
    EVENT_SERVICE("../event-service/src/test/resources/events");

    private final Path directory;

    PublishedSamples(String directory) {
        this.directory = Path.of(directory);
    }

    /** The sample {@code <type>.json}, as it is pinned. */
    public String text(String type) {
        try {
            return Files.readString(directory.resolve(type + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample, for a test to change before sending it. */
    public ObjectNode tree(String type, JsonMapper json) {
        return (ObjectNode) json.readTree(text(type));
    }

    /** The sample read as order-service reads the event. */
    public <T> T read(String type, JsonMapper json, Class<T> copy) {
        return json.readValue(text(type), copy);
    }
}
