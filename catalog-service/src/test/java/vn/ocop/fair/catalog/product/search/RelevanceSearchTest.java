package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;

/**
 * With words to find, the best matches come first: products whose name holds every word before
 * products found through their producer or craft village, and an earlier match before a later one.
 */
@CatalogIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceSearchTest {

    @Autowired
    CatalogApi api;

    String producer;
    String silk;
    String scarf;
    String aoDai;
    String scarfAgain;

    @BeforeAll
    void catalogue() throws Exception {
        producer = "htx-" + SearchResults.nonce();
        api.registerProducer(producer, "HTX Dệt may", "Phường Hà Đông", "Hà Nội", "Làng lụa Vạn Phúc");
        aoDai = api.create(CatalogApi.product(producer, "Áo dài thêu tay", "HANDICRAFT", 4, 1_500_000));
        scarf = api.create(CatalogApi.product(producer, "Khăn lụa Vạn Phúc", "HANDICRAFT", 4, 350_000));
        silk = api.create(CatalogApi.product(producer, "Lụa tơ tằm Vạn Phúc", "HANDICRAFT", 5, 600_000));
        scarfAgain = api.create(CatalogApi.product(producer, "Khăn lụa Vạn Phúc", "HANDICRAFT", 3, 300_000));
    }

    SearchResults search(String... parameters) throws Exception {
        String[] scoped = new String[parameters.length + 2];
        System.arraycopy(parameters, 0, scoped, 0, parameters.length);
        scoped[parameters.length] = "producer";
        scoped[parameters.length + 1] = producer;
        return SearchResults.of(api.search(scoped));
    }

    @Test
    void nameMatchesComeBeforeProducerAndVillageMatchesAndEarlierBeforeLater() throws Exception {
        // "lua": first word of the silk's name, second of the scarves', only in the village for the áo dài
        assertThat(search("q", "lua").ids())
                .containsExactly(silk, first(scarf, scarfAgain), last(scarf, scarfAgain), aoDai);
    }

    @Test
    void theEarliestOfTheWordsCounts() throws Exception {
        // "van" starts at 9 in "khan lua van phuc", at 11 in "lua to tam van phuc"
        assertThat(search("q", "van phuc").ids())
                .containsExactly(first(scarf, scarfAgain), last(scarf, scarfAgain), silk, aoDai);
        // with "lua" too, the silk matches from its first character
        assertThat(search("q", "phuc van lua").ids())
                .containsExactly(silk, first(scarf, scarfAgain), last(scarf, scarfAgain), aoDai);
    }

    @Test
    void aWordFoundOnlyOutsideTheNameRanksTheProductLower() throws Exception {
        // "theu" is in the áo dài's name, "lang" only in the village: every product is in tier 1, by position
        assertThat(search("q", "lang theu").ids()).containsExactly(aoDai);
        assertThat(search("q", "ao dai").ids()).containsExactly(aoDai);
        assertThat(search("q", "det lua").ids())
                .as("'det' is only in the producer's name: ranked by where the words start in name + producer")
                .containsExactly(silk, first(scarf, scarfAgain), last(scarf, scarfAgain), aoDai);
    }

    @Test
    void anExplicitSortOverridesRelevance() throws Exception {
        assertThat(search("q", "lua", "sort", "-price").ids()).containsExactly(aoDai, silk, scarf, scarfAgain);
        assertThat(search("q", "lua", "sort", "price").ids()).containsExactly(scarfAgain, scarf, silk, aoDai);
    }

    @Test
    void withoutWordsRelevanceOrdersByName() throws Exception {
        assertThat(search().ids()).containsExactly(aoDai, first(scarf, scarfAgain), last(scarf, scarfAgain), silk);
        assertThat(search("sort", "relevance").ids())
                .containsExactly(aoDai, first(scarf, scarfAgain), last(scarf, scarfAgain), silk);
    }

    @Test
    void equalMatchesKeepTheirOrderFromPageToPage() throws Exception {
        SearchResults all = search("q", "lua", "size", "100");
        for (int page = 0; page < 4; page++) {
            assertThat(search("q", "lua", "size", "1", "page", String.valueOf(page))
                            .ids())
                    .containsExactly(all.ids().get(page));
        }
    }

    private static String first(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String last(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }
}
