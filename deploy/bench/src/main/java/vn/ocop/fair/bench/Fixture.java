package vn.ocop.fair.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * What the bench orders, made through the public APIs as an organiser would: products of demo
 * producers with ample stock, a fair of its own with a livestream, and per pass a flash product whose
 * whole stock is the flash deal's units. It waits until order-service has learned each of them.
 */
final class Fixture {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long LIST_PRICE = 150_000;
    static final long DEAL_PRICE = 99_000;
    private static final List<String> PRODUCERS =
            List.of("htx-lua-van-phuc", "cty-gom-bat-trang", "htx-che-ba-vi", "ho-nem-phung");
    private static final int MAIN_PRODUCTS = 8;
    private static final int MAIN_STOCK_ADJUSTMENTS = 2; // 2 x 1,000,000 units: the bench never runs out

    private final Http http;
    private final BenchOptions options;
    private final String organiser;
    private final MongoDatabase orders;
    private final String run;

    final List<String> mainProducts = new ArrayList<>();
    String fairId;
    String livestreamId;
    /** Per pass: the flash product and its flash deal's promotion id. */
    final Map<String, String> flashDeals = new LinkedHashMap<>();

    List<String> flashProducts() {
        return List.copyOf(flashDeals.keySet());
    }

    Fixture(Http http, BenchOptions options, Tokens tokens, MongoDatabase orders, String run) {
        this.http = http;
        this.options = options;
        this.organiser = tokens.organiser();
        this.orders = orders;
        this.run = run;
    }

    void create(int passes) throws IOException, InterruptedException {
        for (int i = 0; i < MAIN_PRODUCTS; i++) {
            String id = product("Chè búp Tân Cương bench " + run + " #" + (i + 1), PRODUCERS.get(i % PRODUCERS.size()));
            for (int a = 0; a < MAIN_STOCK_ADJUSTMENTS; a++) {
                stock(id, 1_000_000, "Hàng cho bài đo fair-day");
            }
            mainProducts.add(id);
        }
        List<String> flashProducts = new ArrayList<>();
        for (int p = 1; p <= passes; p++) {
            String id = product("Khăn lụa flash bench " + run + " pass " + p, "htx-lua-van-phuc");
            stock(id, options.units(), "Lô flash deal của bài đo fair-day");
            flashProducts.add(id);
        }
        fair(flashProducts);
        for (String product : flashProducts) {
            JsonNode deal = http.call(
                    Http.post(
                            options.gateway() + "/api/fairs/" + fairId + "/promotions",
                            organiser,
                            Http.json(Map.of(
                                    "name",
                                    "Flash deal bench " + run,
                                    "kind",
                                    "FLASH_DEAL",
                                    "flashDeal",
                                    Map.of(
                                            "activityId", livestreamId,
                                            "productId", product,
                                            "dealPriceVnd", DEAL_PRICE,
                                            "units", options.units(),
                                            "perBuyerCap", 1))),
                            null),
                    201);
            flashDeals.put(product, deal.path("id").asString());
        }
        awaitOrderServiceKnowsEverything();
    }

    private String product(String name, String producer) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("group", "FOOD");
        body.put("stars", 4);
        body.put("priceVnd", LIST_PRICE);
        body.put("unit", "hộp");
        body.put(
                "certificate",
                Map.of("decisionNumber", "1521/QĐ-UBND", "issuingBody", "UBND TP Hà Nội", "issuedOn", "2025-04-12"));
        body.put("producerId", producer);
        JsonNode created = http.call(
                Http.post(options.gateway() + "/api/catalog/products", organiser, Http.json(body), null), 201);
        return created.path("id").asString();
    }

    private void stock(String productId, int delta, String reason) throws IOException, InterruptedException {
        http.call(
                Http.post(
                        options.gateway() + "/api/catalog/products/" + productId + "/stock/adjustments",
                        organiser,
                        Http.json(Map.of("delta", delta, "reason", reason)),
                        null),
                200);
    }

    /**
     * A fair open all day today (Hanoi), published, with a livestream from a minute ago for up to three
     * hours (it must end the same day): the flash deals take its window, so they are live now.
     */
    private void fair(List<String> flashProducts) throws IOException, InterruptedException {
        ZonedDateTime now = ZonedDateTime.now(HANOI);
        LocalDate today = now.toLocalDate();
        ZonedDateTime closing = today.atTime(LocalTime.of(23, 59)).atZone(HANOI);
        if (Duration.between(now, closing).toMinutes() < 40) {
            throw new IllegalStateException("It is " + now.toLocalTime()
                    + " in Hanoi: the bench's livestream (and its flash deal) must end by 23:59 the same day."
                    + " Run it after midnight Hanoi time (17:00 UTC).");
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", "Phiên fair-day bench " + run);
        plan.put("kind", "LIVESTREAM_SESSION");
        plan.put("theme", "Bài đo tải một ngày hội chợ");
        plan.put(
                "venue",
                Map.of(
                        "name", "Trường quay OCOP Market",
                        "address", "Số 2 Phạm Ngọc Thạch",
                        "commune", "Phường Kim Liên",
                        "province", "Hà Nội"));
        plan.put("startsOn", today.toString());
        plan.put("endsOn", today.plusDays(1).toString());
        plan.put("opensAt", "00:00");
        plan.put("closesAt", "23:59");
        plan.put("organiserId", "so-nong-nghiep-ha-noi");
        plan.put("entryRules", Map.of("minimumStars", 3, "allowedProvinces", List.of(), "boothsPerProducer", 2));
        fairId = http.call(Http.post(options.gateway() + "/api/fairs", organiser, Http.json(plan), null), 201)
                .path("id")
                .asString();
        http.call(
                Http.post(
                        options.gateway() + "/api/fairs/" + fairId + "/booths",
                        organiser,
                        Http.json(Map.of(
                                "code", "L-01",
                                "zone", "Trường quay",
                                "type", "PREMIUM",
                                "sizeM2", 20,
                                "priceVnd", 0,
                                "gridX", 0,
                                "gridY", 0)),
                        null),
                201);
        http.call(Http.post(options.gateway() + "/api/fairs/" + fairId + "/publication", organiser, "{}", null), 200);
        Instant from = now.minusMinutes(1).toInstant();
        Instant until = now.plusHours(3).isAfter(closing)
                ? closing.toInstant()
                : now.plusHours(3).toInstant();
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("kind", "LIVESTREAM");
        activity.put("title", "Livestream flash sale bench " + run);
        activity.put("stage", "Trường quay bench");
        activity.put("startsAt", from.toString());
        activity.put("endsAt", until.toString());
        activity.put(
                "livestream",
                Map.of("platform", "TIKTOK", "host", "Bench", "url", "https://www.tiktok.com/@ocopmarket/live"));
        activity.put("producerIds", List.of("htx-lua-van-phuc"));
        activity.put("productIds", flashProducts);
        livestreamId = http.call(
                        Http.post(
                                options.gateway() + "/api/fairs/" + fairId + "/activities",
                                organiser,
                                Http.json(activity),
                                null),
                        201)
                .path("id")
                .asString();
    }

    /** order-service learns products, fairs and promotions from events: wait until each is in its read models. */
    private void awaitOrderServiceKnowsEverything() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        List<String> products = new ArrayList<>(mainProducts);
        products.addAll(flashDeals.keySet());
        while (true) {
            List<String> missing = new ArrayList<>();
            for (String product : products) {
                if (orders.getCollection("catalog_products")
                                .find(eq("_id", product))
                                .first()
                        == null) {
                    missing.add("product " + product);
                }
            }
            if (orders.getCollection("fairs").find(eq("_id", fairId)).first() == null) {
                missing.add("fair " + fairId);
            }
            for (String promotion : flashDeals.values()) {
                Document counter = orders.getCollection("flash_deal_units")
                        .find(eq("_id", promotion))
                        .first();
                if (counter == null) {
                    missing.add("flash deal " + promotion);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("order-service did not learn within 3 minutes: " + missing);
            }
            Thread.sleep(500);
        }
    }
}
