package vn.ocop.fair.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The consumer's side of an event contract: the JSON samples a publishing service pins under its
 * own {@code src/test/resources/events/}, read from its module next to this one.
 */
public final class PublishedEventSamples {

    private PublishedEventSamples() {}

    /** The sample {@code events/<type>.json} of {@code service}, e.g. {@code order-service}. */
    public static byte[] of(String service, String type) throws IOException {
        return Files.readAllBytes(Path.of("..", service, "src", "test", "resources", "events", type + ".json"));
    }
}
