package vn.ocop.fair.event;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.event.product.CatalogProducts;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Test data for the booths and exhibitors tests: fairs written straight into the {@code fairs}
 * collection (in the shape the fair feature stores), products in the catalogue read model, and
 * event-service's HTTP API called with real tokens.
 */
public final class ExhibitorFixtures {

    public static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final LocalDate FIRST_DAY = LocalDate.now().plusDays(30);

    private final MongoDatabase database;
    private final CatalogProducts products;
    private final int port;

    public ExhibitorFixtures(MongoDatabase database, CatalogProducts products, int port) {
        this.database = database;
        this.products = products;
        this.port = port;
    }

    public static TestTokens tokens() {
        return TestTokens.shared();
    }

    /** A published five-day fair, 08:00–22:00 Hanoi time, from {@link #FIRST_DAY}, any province, 3 stars. */
    public String fair() {
        return fair("PUBLISHED", 3, List.of(), null, 5);
    }

    public String fair(String status, int minimumStars, List<String> provinces, Integer boothsPerProducer, int days) {
        String id = UUID.randomUUID().toString();
        Document rules = new Document("minimumStars", minimumStars)
                .append("allowedProvinces", provinces)
                .append("boothSubsidyPercent", 50);
        if (boothsPerProducer != null) {
            rules.append("boothsPerProducer", boothsPerProducer);
        }
        database.getCollection("fairs")
                .insertOne(new Document("_id", id)
                        .append("name", "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa")
                        .append("kind", "TRADE_WEEK")
                        .append("theme", "Sản phẩm OCOP và làng nghề Hà Nội")
                        .append(
                                "venue",
                                new Document("name", "Công viên Văn hóa Đống Đa")
                                        .append("address", "Số 1 Tây Sơn")
                                        .append("commune", "Phường Đống Đa")
                                        .append("province", "Hà Nội"))
                        .append("timeZone", "Asia/Ho_Chi_Minh")
                        .append("startsOn", FIRST_DAY.toString())
                        .append("endsOn", FIRST_DAY.plusDays(days - 1L).toString())
                        .append("opensAt", "08:00")
                        .append("closesAt", "22:00")
                        .append("status", status)
                        .append("organiserId", "so-nong-nghiep-ha-noi")
                        .append("entryRules", rules)
                        .append("version", 1L)
                        .append("outbox", List.of()));
        return id;
    }

    public void setFairStatus(String fairId, String status) {
        database.getCollection("fairs").updateOne(Filters.eq("_id", fairId), Updates.set("status", status));
    }

    /** A listed four-star product of the producer, certified well beyond the fair. */
    public String product(String producerId) {
        return product(producerId, 4, "LISTED", FIRST_DAY.plusYears(1), "Hà Nội");
    }

    public String product(String producerId, int stars, String status, LocalDate expiresOn, String province) {
        String id = UUID.randomUUID().toString();
        products.apply(new CatalogProduct(
                id, 1, "Sản phẩm " + id, producerId, "HTX " + producerId, province, stars, status, expiresOn, null));
        return id;
    }

    public void booths(String fairId, String row, int count) {
        HttpResponse<String> answer = send(
                "POST",
                "/api/fairs/" + fairId + "/booths/grid",
                """
                {"zone":"Khu %s — Thủ công mỹ nghệ","row":"%s","from":1,"to":%d,"type":"STANDARD",
                 "sizeM2":9,"priceVnd":2000000,"originY":%d}
                """.formatted(row, row, count, row.charAt(0) - 'A'),
                tokens().organiser());
        expect(answer, 201);
    }

    /** A producer applies with one fresh eligible product; returns the application id. */
    public String apply(String fairId, String producerId, String... boothPreferences) {
        String prefs = boothPreferences.length == 0 ? "[]" : "[\"" + String.join("\",\"", boothPreferences) + "\"]";
        HttpResponse<String> answer = send(
                "POST",
                "/api/fairs/" + fairId + "/applications",
                "{\"productIds\":[\"%s\"],\"boothPreferences\":%s}".formatted(product(producerId), prefs),
                tokens().producer(producerId));
        return JsonPath.read(expect(answer, 201).body(), "$.id");
    }

    public HttpResponse<String> decide(String fairId, String applicationId, String decision) {
        return send(
                "POST",
                "/api/fairs/" + fairId + "/applications/" + applicationId + "/decision",
                "{\"decision\":\"%s\",\"reason\":\"Khu A đã kín gian hàng\"}".formatted(decision),
                tokens().organiser());
    }

    public String approved(String fairId, String producerId) {
        String id = apply(fairId, producerId);
        expect(decide(fairId, id, "APPROVED"), 200);
        return id;
    }

    /** {@code producerId} approved and holding booth {@code code} for the whole fair; answers its application's id. */
    public String holding(String fairId, String code, String producerId) {
        String id = approved(fairId, producerId);
        expect(assign(fairId, code, id, null), 200);
        return id;
    }

    public HttpResponse<String> assign(String fairId, String code, String applicationId, String period) {
        return send(
                "PUT",
                "/api/fairs/" + fairId + "/booths/" + code + "/assignment",
                "{\"applicationId\":\"%s\"%s}".formatted(applicationId, period == null ? "" : "," + period),
                tokens().organiser());
    }

    /** The fair's floor plan now, as anyone reads it (JSON). */
    public String floorPlan(String fairId) {
        return expect(send("GET", "/api/fairs/" + fairId + "/booths", null, null), 200)
                .body();
    }

    /** The fair's floor plan at {@code at}, as anyone reads it (JSON). */
    public String floorPlan(String fairId, Instant at) {
        return expect(send("GET", "/api/fairs/" + fairId + "/booths?at=" + at, null, null), 200)
                .body();
    }

    /** The producer whose assignment of the {@code booth}-th booth of a floor plan is current (or next). */
    public static String currentProducer(String floorPlan, int booth) {
        return JsonPath.read(floorPlan, "$.booths[" + booth + "].current.producerId");
    }

    public HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public static HttpResponse<String> expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new AssertionError(
                    "expected " + status + " from " + answer.request().method() + " " + answer.uri() + " but got "
                            + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }
}
