package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of {@code GET /api/catalog/products}, read for assertions. */
record SearchResults(JsonNode page) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static SearchResults of(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new SearchResults(JSON.readTree(answer.body()));
    }

    List<String> ids() {
        return field("id");
    }

    List<String> field(String name) {
        List<String> values = new ArrayList<>();
        page.get("items").forEach(item -> values.add(item.get(name).asString()));
        return values;
    }

    long total() {
        return page.get("total").asLong();
    }

    /**
     * A word no other test's data contains, for this test's data to be found by: tests share one
     * database, so every query here is scoped by it (or by a producer id made from it).
     */
    static String nonce() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
