package vn.ocop.fair.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.FlakyPublisher;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.support.outbox.OutboxRelays;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.TestTokens;

/** {@code POST /api/catalog/imports} over HTTP, against the shared broker and database. */
@CatalogIntegrationTest
class CatalogImportTest {

    static final String IMPORTS = "/api/catalog/imports";
    static final String CSV = "text/csv";

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    FlakyPublisher publisher;

    @Autowired
    OutboxRelays relays;

    @Autowired
    JsonMapper json;

    final String organiser = TestTokens.shared().organiser();

    @Autowired
    CatalogApi api;

    @Test
    void aDryRunReportsEachBadRowWithItsColumnAndWritesNothing() throws Exception {
        String producer = ImportFiles.uniqueProducer("htx-dry-run");
        LocalDate recently = LocalDate.now().minusMonths(3);
        byte[] file = ImportFiles.file(
                ImportFiles.row(producer, "Khăn lụa Vạn Phúc"),
                ImportFiles.row(producer, "Khăn lụa hai sao", "Thủ công mỹ nghệ", 2, recently, 300_000),
                ImportFiles.row(producer, "Đồ gỗ mỹ nghệ", "Đồ gỗ", 4, recently, 300_000),
                ImportFiles.row(
                        producer,
                        "Nón lá cũ",
                        "Thủ công mỹ nghệ",
                        4,
                        LocalDate.now().minusYears(4),
                        90_000),
                ImportFiles.row(producer, "Khăn lụa Vạn Phúc", "Thủ công mỹ nghệ", 4, recently, 460_000));

        JsonNode report = ok(api.post(IMPORTS + "?dryRun=true", CSV, file, organiser));

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(counts(report))
                .isEqualTo(Map.of("rows", 5, "created", 1, "updated", 0, "unchanged", 0, "rejected", 4));
        assertThat(report.get("producers").get("created").asInt()).isEqualTo(1);
        List<RowError> errors = errors(report);
        assertThat(errors)
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        tuple(3, "Số sao"), tuple(4, "Nhóm"), tuple(5, "Ngày hết hạn"), tuple(6, "Tên sản phẩm"));
        assertThat(errors)
                .extracting(RowError::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("2 stars is not OCOP-certified"),
                        m -> assertThat(m).contains("\"Đồ gỗ\" is not an OCOP group"),
                        m -> assertThat(m).contains("is valid from"),
                        m -> assertThat(m).isEqualTo("is the same product as row 2"));
        assertThat(api.send("GET", "/api/catalog/producers/" + producer, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(productsOf(producer)).isEmpty();
    }

    @Test
    void rejectsARowThatContradictsAnEarlierRowAboutItsProducer() throws Exception {
        String producer = ImportFiles.uniqueProducer("htx-hai-dia-chi");
        String first = ImportFiles.row(producer, "Bình gốm");
        String elsewhere = ImportFiles.row(producer, "Bát gốm").replace("Xã Bát Tràng", "Xã Kim Lan");

        JsonNode report = ok(api.post(IMPORTS + "?dryRun=true", CSV, ImportFiles.file(first, elsewhere), organiser));

        assertThat(errors(report)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("Xã/Phường");
            assertThat(e.message()).contains(producer, "row 2");
        });
    }

    @Test
    void importsTheAcceptedRowsThroughTheCatalogueWhichPublishesTheirListing() throws Exception {
        String producer = ImportFiles.uniqueProducer("htx-gom");
        byte[] file = ImportFiles.file(
                ImportFiles.row(producer, "Bình gốm men lam"),
                ImportFiles.row(producer, "Bát gốm men rạn"),
                ImportFiles.row(producer, "Đĩa gốm hai sao", "Thủ công mỹ nghệ", 2, LocalDate.now(), 300_000));

        JsonNode report = ok(api.post(IMPORTS, CSV, file, organiser));

        assertThat(counts(report))
                .isEqualTo(Map.of("rows", 3, "created", 2, "updated", 0, "unchanged", 0, "rejected", 1));
        assertThat(json.readTree(api.send("GET", "/api/catalog/producers/" + producer, null, null)
                                .body())
                        .get("craftVillage")
                        .asString())
                .isEqualTo("Làng gốm Bát Tràng");
        List<Document> products = productsOf(producer);
        assertThat(products).extracting(d -> d.getString("status")).containsOnly("LISTED");
        String id = products.get(0).getString("_id");
        assertThat(KafkaTestClient.shared()
                        .await("ocop.catalog.products.v1", r -> id.equals(r.key()), Duration.ofSeconds(30)))
                .singleElement()
                .satisfies(r -> assertThat(KafkaTestClient.header(r, "ce_type"))
                        .isEqualTo("vn.ocop.fair.catalog.ProductListed.v1"));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() throws Exception {
        String producer = ImportFiles.uniqueProducer("htx-lap-lai");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(ImportFiles.row(producer, "Giỏ mây tre đan số " + i));
        }
        byte[] file = ImportFiles.file(rows);
        assertThat(counts(ok(api.post(IMPORTS, CSV, file, organiser))).get("created"))
                .isEqualTo(12);
        Map<String, Document> before = byId(productsOf(producer));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> before.keySet().stream().allMatch(id -> publisher.published(id) == 1));

        JsonNode again = ok(api.post(IMPORTS, CSV, file, organiser));
        relays.forCollection(Products.COLLECTION).relayPending();

        assertThat(counts(again))
                .isEqualTo(Map.of("rows", 12, "created", 0, "updated", 0, "unchanged", 12, "rejected", 0));
        assertThat(again.get("producers").get("unchanged").asInt()).isEqualTo(1);
        Map<String, Document> after = byId(productsOf(producer));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, product) -> {
            assertThat(product.getLong("version")).isEqualTo(before.get(id).getLong("version"));
            assertThat(product.getDate("changedAt")).isEqualTo(before.get(id).getDate("changedAt"));
            assertThat(product.getList("outbox", Document.class)).isEmpty();
            assertThat(publisher.published(id)).as("events of %s", id).isEqualTo(1);
        });
    }

    @Test
    void aChangedRowUpdatesItsProductAndNothingElse() throws Exception {
        String producer = ImportFiles.uniqueProducer("htx-sua-gia");
        LocalDate issued = LocalDate.now().minusMonths(5);
        String scarf = ImportFiles.row(producer, "Khăn lụa", "HANDICRAFT", 4, issued, 450_000);
        String hat = ImportFiles.row(producer, "Nón lá", "HANDICRAFT", 4, issued, 120_000);
        ok(api.post(IMPORTS, CSV, ImportFiles.file(scarf, hat), organiser));

        JsonNode report =
                ok(api.post(IMPORTS, CSV, ImportFiles.file(scarf.replace("450000", "480000"), hat), organiser));

        assertThat(counts(report))
                .isEqualTo(Map.of("rows", 2, "created", 0, "updated", 1, "unchanged", 1, "rejected", 0));
        Map<String, Long> versions = productsOf(producer).stream()
                .collect(Collectors.toMap(d -> d.getString("name"), d -> d.getLong("version")));
        assertThat(versions).isEqualTo(Map.of("Khăn lụa", 3L, "Nón lá", 2L));
    }

    @Test
    void acceptsAFormUploadWithEnglishHeaders() throws Exception {
        String producer = ImportFiles.uniqueProducer("hkd-nem");
        String csv = "Producer id,Producer name,Producer type,Commune,Province,Product name,Group,Stars,"
                + "Decision number,Issuing body,Issued on,Price (VND),Unit\n"
                + producer + ",Hộ kinh doanh Nem Phùng,HOUSEHOLD,Xã Đan Phượng,Hà Nội,Nem Phùng,FOOD,4,1877/QĐ-UBND,"
                + "UBND TP Hà Nội," + LocalDate.now().minusMonths(2) + ",60000,chục\n";
        String boundary = "ocop-boundary";
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ocop.csv\"\r\n"
                        + "Content-Type: text/csv; charset=UTF-8\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode report = ok(api.post(IMPORTS, "multipart/form-data; boundary=" + boundary, form, organiser));

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(productsOf(producer))
                .singleElement()
                .satisfies(p -> assertThat(p.getString("unit")).isEqualTo("chục"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        byte[] legacy = new String(ImportFiles.file(ImportFiles.row("htx-a", "Giỏ mây")), StandardCharsets.UTF_8)
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));

        assertProblem(api.post(IMPORTS, CSV, legacy, organiser), 400, "csv-not-utf8");
        assertProblem(
                api.post(IMPORTS, "text/csv; charset=windows-1258", ImportFiles.file(), organiser),
                400,
                "csv-not-utf8");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsNamingThem() throws Exception {
        byte[] file = "Tên sản phẩm,Giá (VND)\nKhăn lụa,450000\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = api.post(IMPORTS, CSV, file, organiser);

        assertProblem(answer, 422, "csv-missing-columns");
        assertThat(json.readTree(answer.body()).get("missingColumns").toString())
                .contains("Số sao (Stars)", "Tên chủ thể (Producer name)")
                .doesNotContain("Giá (VND)");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertProblem(api.post(IMPORTS, CSV, new byte[0], organiser), 400, "csv-empty");
        assertProblem(api.post(IMPORTS, CSV, ImportFiles.file(), organiser), 400, "csv-empty");
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');

        assertProblem(api.post(IMPORTS, CSV, huge, organiser), 413, "csv-too-large");
    }

    @Test
    void refusesOtherContentTypes() throws Exception {
        HttpResponse<String> answer =
                api.post(IMPORTS, "application/json", "{}".getBytes(StandardCharsets.UTF_8), organiser);

        assertProblem(answer, 415, "unsupported-media-type");
        assertThat(answer.body()).contains("text/csv");
    }

    @Test
    void answersOtherBadRequestsWithProblemsNeverAServerError() throws Exception {
        byte[] file = ImportFiles.file(ImportFiles.row("htx-a", "Khăn lụa"));
        byte[] noFilePart = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n"
                .getBytes(StandardCharsets.UTF_8);

        for (HttpResponse<String> answer : List.of(
                api.post(IMPORTS + "?dryRun=maybe", CSV, file, organiser),
                api.post(IMPORTS, "multipart/form-data; boundary=b", noFilePart, organiser),
                api.post(
                        IMPORTS,
                        "multipart/form-data; boundary=b",
                        "not a form".getBytes(StandardCharsets.UTF_8),
                        organiser),
                api.post(IMPORTS, CSV, "a,\"b\n1,2".getBytes(StandardCharsets.UTF_8), organiser))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void onlyOrganisersImport() throws Exception {
        byte[] file = ImportFiles.file(ImportFiles.row("htx-lua-van-phuc", "Khăn lụa"));

        assertThat(api.post(IMPORTS, CSV, file, null).statusCode()).isEqualTo(401);
        assertThat(api.post(IMPORTS, CSV, file, TestTokens.shared().producer("htx-lua-van-phuc"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post(IMPORTS, CSV, file, TestTokens.shared().customer("khach"))
                        .statusCode())
                .isEqualTo(403);
    }

    private JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    static Map<String, Integer> counts(JsonNode report) {
        return Map.of(
                "rows", report.get("rows").asInt(),
                "created", report.get("created").asInt(),
                "updated", report.get("updated").asInt(),
                "unchanged", report.get("unchanged").asInt(),
                "rejected", report.get("rejected").asInt());
    }

    private List<RowError> errors(JsonNode report) {
        return json.readValue(report.get("errors").toString(), new TypeReference<List<RowError>>() {});
    }

    private List<Document> productsOf(String producer) {
        return catalogDatabase
                .getCollection("products")
                .find(Filters.eq("producerId", producer))
                .into(new ArrayList<>());
    }

    private static Map<String, Document> byId(List<Document> products) {
        return products.stream().collect(Collectors.toMap(d -> d.getString("_id"), d -> d));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://ocop-fair.vn/problems/" + type + "\"");
    }
}
