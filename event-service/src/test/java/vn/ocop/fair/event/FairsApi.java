package vn.ocop.fair.event;

import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * event-service's HTTP API as tests call it: real requests, real tokens, sample bodies. A bean of
 * the shared test context ({@link Configuration}): a test injects it.
 */
public final class FairsApi {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final IntSupplier port;
    private final MongoDatabase database;

    private FairsApi(IntSupplier port, MongoDatabase database) {
        this.port = port;
        this.database = database;
    }

    public static String organiser() {
        return TestTokens.shared().organiser();
    }

    /** A trade week in Hanoi, 08:00–22:00 daily from {@code startsOn} through {@code endsOn}. */
    public static String tradeWeek(LocalDate startsOn, LocalDate endsOn) {
        return """
                {"name":"Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa","kind":"TRADE_WEEK",
                 "theme":"Sản phẩm OCOP và làng nghề Hà Nội",
                 "venue":{"name":"Công viên Văn hóa Đống Đa","address":"Số 1 Tây Sơn","commune":"Phường Đống Đa","province":"Hà Nội"},
                 "startsOn":"%s","endsOn":"%s","opensAt":"08:00","closesAt":"22:00",
                 "organiserId":"so-nong-nghiep-ha-noi",
                 "entryRules":{"minimumStars":3,"allowedProvinces":[],"boothsPerProducer":2,"boothSubsidyPercent":50}}
                """.formatted(startsOn, endsOn);
    }

    /** Drafts a fair as an organiser and answers its id. */
    public String draft(String body) throws Exception {
        HttpResponse<String> answer = send("POST", "/api/fairs", body, organiser());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Could not draft a fair: " + answer.body());
        }
        return id(answer.body());
    }

    /** Drafts a trade week with a booth and publishes it; answers its id. */
    public String published(LocalDate startsOn, LocalDate endsOn) throws Exception {
        String id = draft(tradeWeek(startsOn, endsOn));
        addBooth(id, "A-01");
        HttpResponse<String> answer = send("POST", "/api/fairs/" + id + "/publication", null, organiser());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Could not publish fair " + id + ": " + answer.body());
        }
        return id;
    }

    /** A booth as the booths feature stores it (only what fairs read: fairId and code). */
    public void addBooth(String fairId, String code) {
        database.getCollection("booths").insertOne(new Document("fairId", fairId).append("code", code));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    /** Sends a request with an organiser's token. */
    public HttpResponse<String> asOrganiser(String method, String path, String body) throws Exception {
        return send(method, path, body, organiser());
    }

    public HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code id} of a JSON answer. */
    public static String id(String json) {
        return com.jayway.jsonpath.JsonPath.read(json, "$.id");
    }

    /** Makes the API a bean of the shared context, calling the server on the port it started on. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        FairsApi fairsApi(Environment environment, MongoDatabase eventDatabase) {
            return new FairsApi(
                    () -> environment.getRequiredProperty("local.server.port", Integer.class), eventDatabase);
        }
    }
}
