package vn.ocop.fair.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.testsupport.TestTokens;
import vn.ocop.fair.testsupport.UsesSharedInfrastructure;

/**
 * A 5,000-row list of 50 producers over HTTP: dry run, import, re-import, form upload. Prints how
 * long each took ({@code [ocop-bench]}); asserts outcomes only, never timings. It has a database of
 * its own, so its 5,000 listed products stay out of the other tests' searches and pages.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ocop.catalog.database=catalog-bench", "ocop.catalog.certificate-watch.cron=-"})
@UsesSharedInfrastructure
class LargeImportTest {

    static final int PRODUCERS = 50;
    static final int PER_PRODUCER = 100;
    static final String[] GROUPS = {"Thực phẩm", "Đồ uống", "Dược liệu", "Thủ công mỹ nghệ", "Sinh vật cảnh", "Du lịch"
    };

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MongoDatabase catalogDatabase;

    @Test
    void importsFiveThousandRowsInSecondsAndAgainWithoutChange() throws Exception {
        CatalogApi api = new CatalogApi(port);
        String organiser = TestTokens.shared().organiser();
        String prefix = ImportFiles.uniqueProducer("bench");
        byte[] file = ImportFiles.file(rows(prefix));
        int rows = PRODUCERS * PER_PRODUCER;

        JsonNode dryRun = timed(
                "dry run",
                rows,
                file.length,
                () -> api.post("/api/catalog/imports?dryRun=true", "text/csv", file, organiser));
        JsonNode first =
                timed("import", rows, file.length, () -> api.post("/api/catalog/imports", "text/csv", file, organiser));
        JsonNode again = timed(
                "re-import", rows, file.length, () -> api.post("/api/catalog/imports", "text/csv", file, organiser));
        awaitPublished(prefix, rows);
        JsonNode uploaded = timed(
                "form upload, dry run,",
                rows,
                file.length,
                () -> api.post(
                        "/api/catalog/imports?dryRun=true",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        form(file),
                        organiser));

        assertThat(CatalogImportTest.counts(dryRun))
                .isEqualTo(Map.of("rows", rows, "created", rows, "updated", 0, "unchanged", 0, "rejected", 0));
        assertThat(CatalogImportTest.counts(first)).isEqualTo(CatalogImportTest.counts(dryRun));
        assertThat(first.get("producers").get("created").asInt()).isEqualTo(PRODUCERS);
        assertThat(CatalogImportTest.counts(again))
                .isEqualTo(Map.of("rows", rows, "created", 0, "updated", 0, "unchanged", rows, "rejected", 0));
        assertThat(CatalogImportTest.counts(uploaded)).isEqualTo(CatalogImportTest.counts(again));
    }

    static final String BOUNDARY = "ocop-bench-boundary";

    /** The file as the {@code file} part of a form upload: more than Boot's default 1 MB. */
    static byte[] form(byte[] csv) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ocop.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] form = java.util.Arrays.copyOf(head, head.length + csv.length + tail.length);
        System.arraycopy(csv, 0, form, head.length, csv.length);
        System.arraycopy(tail, 0, form, head.length + csv.length, tail.length);
        return form;
    }

    /** Waits until the relay has published every ProductListed, so later tests do not queue behind them. */
    private void awaitPublished(String prefix, int events) {
        long begin = System.nanoTime();
        Bson pending = Filters.and(Filters.regex("producerId", "^" + prefix), Filters.exists("outbox.0"));
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> catalogDatabase.getCollection("products").countDocuments(pending) == 0);
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "[ocop-bench] outbox relay: last of %,d ProductListed acknowledged %.1f s after the imports%n",
                events,
                seconds);
    }

    static List<String> rows(String prefix) {
        List<String> rows = new ArrayList<>();
        LocalDate issued = LocalDate.now().minusMonths(10);
        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < PER_PRODUCER; i++) {
                rows.add(ImportFiles.row(
                        prefix + "-" + p,
                        "Sản phẩm OCOP số " + i + " của chủ thể " + p,
                        GROUPS[(p + i) % GROUPS.length],
                        3 + i % 3,
                        issued.minusDays(i),
                        10_000L + 1_000L * i));
            }
        }
        return rows;
    }

    private JsonNode timed(String what, int rows, int bytes, Call call) throws Exception {
        long begin = System.nanoTime();
        HttpResponse<String> answer = call.send();
        double seconds = (System.nanoTime() - begin) / 1e9;
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        System.out.printf(
                Locale.ROOT,
                "[ocop-bench] CSV %s of %,d rows (%,d KB): %.2f s, %,.0f rows/s%n",
                what,
                rows,
                bytes / 1024,
                seconds,
                rows / seconds);
        return json.readTree(answer.body());
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> send() throws Exception;
    }
}
