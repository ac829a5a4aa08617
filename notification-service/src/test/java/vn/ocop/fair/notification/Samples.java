package vn.ocop.fair.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The producers' event samples, read from their modules (the contract): {@code order}, {@code
 * event} and {@code catalog} services' {@code src/test/resources/events/<Name>.json}.
 */
public final class Samples {

    public static final String FAIR_ID = "7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73";
    public static final String ORDER_ID = "5f2c9a1e-3b7d-4e8a-9c61-0d4f7e2b8a90";
    public static final String CUSTOMER = "khachhang-nguyen-van-an";
    public static final String PRODUCER = "htx-lua-van-phuc";
    public static final String PROMOTION_ID = "e5b02c7d-91f3-4a68-b4e2-0d7c5a1f8e36";
    public static final String ACTIVITY_ID = "3a9d7e21-6c4b-4f80-a2d5-8b1e0f6c3d97";

    private Samples() {}

    /**
     * Replacements that give a test an order of its own, for {@code customer}, in a fair of its own (a
     * fresh id): its events then reach only its customer. A test adds what else it makes its own.
     */
    public static Map<String, String> ownOrder(String customer, String orderId) {
        Map<String, String> ids = new HashMap<>();
        ids.put(CUSTOMER, customer);
        ids.put(ORDER_ID, orderId);
        ids.put(FAIR_ID, UUID.randomUUID().toString());
        return ids;
    }

    /** The sample's text with each key replaced by its value (e.g. ids made unique to a test). */
    public static String json(String service, String event, Map<String, String> replacements) {
        Path file = Path.of("..", service, "src", "test", "resources", "events", event + ".json");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (var r : replacements.entrySet()) {
                text = text.replace(r.getKey(), r.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("No sample " + file.toAbsolutePath(), e);
        }
    }

    /** Which service publishes an event, by its name. */
    public static String service(String event) {
        if (event.startsWith("Order")) {
            return "order";
        }
        if (event.startsWith("Stock") || event.startsWith("Certificate") || event.startsWith("Product")) {
            return "catalog";
        }
        return "event";
    }

    public static String topic(String event) {
        return switch (service(event)) {
            case "order" -> "ocop.orders.v1";
            case "catalog" -> event.startsWith("Product") ? "ocop.catalog.products.v1" : "ocop.catalog.stock.v1";
            default -> "ocop.fairs.v1";
        };
    }

    public static String module(String event) {
        return service(event) + "-service";
    }

    public static String ceType(String event) {
        return "vn.ocop.fair." + service(event) + "." + event + ".v1";
    }
}
