package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Every filter alone and in combination, every order, and paging, over seven listed products of
 * three producers (plus a draft and a delisted one that never show). Every query is scoped by the
 * run's word, which all three producers' names hold, because tests share one database.
 */
@CatalogIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFilterMatrixTest {

    @Autowired
    CatalogApi api;

    String run;
    final Map<String, String> ids = new LinkedHashMap<>();
    final Map<String, String> producers = new LinkedHashMap<>();

    @BeforeAll
    void catalogue() throws Exception {
        run = SearchResults.nonce();
        producer("P1", "HTX " + run + " Hà Đông", "Phường Hà Đông", "Thành phố Hà Nội");
        producer("P2", "Công ty " + run + " Bát Tràng", "Xã Bát Tràng", "Hà Nội");
        producer("P3", "Hộ " + run + " Đông Hồ", "Phường Song Hồ", "Tỉnh Bắc Ninh");
        product("scarf", "P1", "Khăn lụa tơ tằm", "HANDICRAFT", 5, 450_000);
        product("aoDai", "P1", "Áo dài lụa", "HANDICRAFT", 4, 1_200_000);
        product("vase", "P2", "Bình gốm men lam", "HANDICRAFT", 3, 800_000);
        product("teaSet", "P2", "Bộ ấm chén", "HANDICRAFT", 4, 350_000);
        product("painting", "P3", "Tranh Đông Hồ", "HANDICRAFT", 4, 150_000);
        product("cake", "P3", "Bánh phu thê", "FOOD", 3, 60_000);
        product("lotusTea", "P1", "Trà sen", "BEVERAGE", 5, 250_000);
        api.create(CatalogApi.draft(CatalogApi.product(
                producers.get("P1"), "Khăn nháp", 4, LocalDate.now().minusMonths(1))));
        String delisted = api.create(CatalogApi.product(producers.get("P2"), "Bát cũ", "HANDICRAFT", 4, 100_000));
        api.delist(delisted, "ngừng sản xuất", TestTokens.shared().organiser());
    }

    Stream<Arguments> filters() {
        return Stream.of(
                filter(List.of(), "scarf aoDai vase teaSet painting cake lotusTea"),
                filter(List.of("group", "BEVERAGE"), "lotusTea"),
                filter(List.of("group", "food"), "cake"),
                filter(List.of("group", "ORNAMENTAL"), ""),
                filter(List.of("minStars", "3"), "scarf aoDai vase teaSet painting cake lotusTea"),
                filter(List.of("minStars", "4"), "scarf aoDai teaSet painting lotusTea"),
                filter(List.of("minStars", "5"), "scarf lotusTea"),
                filter(List.of("province", "Hà Nội"), "scarf aoDai vase teaSet lotusTea"),
                filter(List.of("province", "ha noi"), "scarf aoDai vase teaSet lotusTea"),
                filter(List.of("province", "Thành phố Hà Nội"), "scarf aoDai lotusTea"),
                filter(List.of("province", "BAC NINH"), "painting cake"),
                filter(List.of("province", "Hồ Chí Minh"), ""),
                filter(List.of("commune", "Bát Tràng"), "vase teaSet"),
                filter(List.of("commune", "xa bat trang"), "vase teaSet"),
                filter(List.of("commune", "Phường Hà Đông"), "scarf aoDai lotusTea"),
                filter(List.of("producer", "P3"), "painting cake"),
                filter(List.of("minPrice", "350000"), "scarf aoDai vase teaSet"),
                filter(List.of("maxPrice", "250000"), "painting cake lotusTea"),
                filter(List.of("minPrice", "450000", "maxPrice", "450000"), "scarf"),
                filter(List.of("minPrice", "200000", "maxPrice", "500000"), "scarf teaSet lotusTea"),
                filter(List.of("fair", "no-such-fair"), ""),
                filter(
                        List.of("group", "HANDICRAFT", "minStars", "4", "province", "ha noi", "maxPrice", "500000"),
                        "scarf teaSet"),
                filter(List.of("producer", "P1", "minStars", "5", "group", "BEVERAGE"), "lotusTea"),
                filter(List.of("commune", "Bát Tràng", "minPrice", "500000"), "vase"),
                filter(List.of("q", "lua"), "scarf aoDai"),
                filter(List.of("q", "lua", "maxPrice", "500000"), "scarf"),
                filter(List.of("q", "dong ho", "province", "bac ninh", "group", "HANDICRAFT"), "painting"),
                filter(List.of("group", "FOOD", "province", "ha noi"), ""));
    }

    static Arguments filter(List<String> parameters, String expected) {
        return Arguments.of(parameters, expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("filters")
    void findsExactlyTheProductsEveryFilterAllows(List<String> parameters, String expected) throws Exception {
        List<String> query = new ArrayList<>(parameters);
        int q = query.indexOf("q");
        if (q >= 0 && q % 2 == 0) {
            query.set(q + 1, run + " " + query.get(q + 1));
        } else {
            query.addAll(List.of("q", run));
        }
        int producer = query.indexOf("producer");
        if (producer >= 0) {
            query.set(producer + 1, producers.get(query.get(producer + 1)));
        }
        query.addAll(List.of("size", "100"));

        SearchResults found = SearchResults.of(api.search(query.toArray(String[]::new)));

        List<String> wanted = expected.isEmpty()
                ? List.of()
                : Stream.of(expected.split(" ")).map(ids::get).toList();
        assertThat(found.ids()).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(found.total()).isEqualTo(wanted.size());
    }

    @Test
    void sortsByPriceBothWays() throws Exception {
        assertThat(search("sort", "price").ids())
                .containsExactlyElementsOf(names("cake painting lotusTea teaSet scarf vase aoDai"));
        assertThat(search("sort", "-price").ids())
                .containsExactlyElementsOf(names("aoDai vase scarf teaSet lotusTea painting cake"));
    }

    @Test
    void sortsNewestFirstThenById() throws Exception {
        SearchResults newest = search("sort", "newest");

        assertThat(newest.ids()).containsExactlyInAnyOrderElementsOf(ids.values());
        List<String[]> createdAndId = new ArrayList<>();
        for (int i = 0; i < newest.ids().size(); i++) {
            createdAndId.add(
                    new String[] {newest.field("createdAt").get(i), newest.ids().get(i)});
        }
        assertThat(createdAndId)
                .isSortedAccordingTo(Comparator.<String[], Instant>comparing(r -> Instant.parse(r[0]))
                        .reversed()
                        .thenComparing(r -> r[1]));
        assertThat(newest.ids().get(newest.ids().size() - 1))
                .as("the first product created is the oldest")
                .isEqualTo(ids.get("scarf"));
    }

    @Test
    void sortsByNameWithoutWordsToRank() throws Exception {
        assertThat(SearchResults.of(api.search("producer", producers.get("P1"))).ids())
                .as("by folded name: ao dai lua, khan lua to tam, tra sen")
                .containsExactlyElementsOf(names("aoDai scarf lotusTea"));
    }

    @Test
    void pagesThroughAllMatchesWithTheTotalOnEveryPage() throws Exception {
        assertThat(page(3, 0).ids()).containsExactlyElementsOf(names("cake painting lotusTea"));
        assertThat(page(3, 1).ids()).containsExactlyElementsOf(names("teaSet scarf vase"));
        assertThat(page(3, 2).ids()).containsExactlyElementsOf(names("aoDai"));
        assertThat(page(3, 3).ids()).isEmpty();
        assertThat(page(7, 0).ids()).hasSize(7);
        assertThat(page(6, 1).ids()).containsExactlyElementsOf(names("aoDai"));
        for (int[] sizeAndPage : new int[][] {{3, 0}, {3, 2}, {3, 3}, {7, 0}, {100, 0}}) {
            SearchResults page = page(sizeAndPage[0], sizeAndPage[1]);
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.page().get("page").asInt()).isEqualTo(sizeAndPage[1]);
            assertThat(page.page().get("size").asInt()).isEqualTo(sizeAndPage[0]);
        }
    }

    @Test
    void pagesOfEveryOrderNeitherOverlapNorSkip() throws Exception {
        for (String sort : List.of("relevance", "price", "-price", "newest")) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                paged.addAll(search("sort", sort, "size", "2", "page", String.valueOf(page))
                        .ids());
            }
            assertThat(paged)
                    .as(sort)
                    .containsExactlyElementsOf(search("sort", sort).ids());
        }
    }

    @Test
    void answersTwentyPerPageByDefault() throws Exception {
        SearchResults page = SearchResults.of(api.search("q", run));

        assertThat(page.page().get("page").asInt()).isZero();
        assertThat(page.page().get("size").asInt()).isEqualTo(20);
    }

    private SearchResults search(String... parameters) throws Exception {
        List<String> query = new ArrayList<>(List.of(parameters));
        query.addAll(List.of("q", run));
        return SearchResults.of(api.search(query.toArray(String[]::new)));
    }

    private SearchResults page(int size, int page) throws Exception {
        return search("sort", "price", "size", String.valueOf(size), "page", String.valueOf(page));
    }

    private List<String> names(String names) {
        return Stream.of(names.split(" ")).map(ids::get).toList();
    }

    private void producer(String key, String name, String commune, String province) throws Exception {
        String id = key.toLowerCase() + "-" + run;
        api.registerProducer(id, name, commune, province, null);
        producers.put(key, id);
    }

    private void product(String key, String producer, String name, String group, int stars, long priceVnd)
            throws Exception {
        ids.put(key, api.create(CatalogApi.product(producers.get(producer), name, group, stars, priceVnd)));
    }
}
