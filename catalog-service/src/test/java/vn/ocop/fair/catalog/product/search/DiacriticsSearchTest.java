package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Customers type Vietnamese with or without diacritics, in any case, and often only the start of a
 * word: search finds the product all the same. Scoped by this run's own producer.
 */
@CatalogIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiacriticsSearchTest {

    @Autowired
    CatalogApi api;

    String producer;
    String silk;
    String mungBeanCake;
    String peanutOil;

    @BeforeAll
    void catalogue() throws Exception {
        String run = SearchResults.nonce();
        producer = "htx-" + run;
        api.registerProducer(producer, "HTX " + run, "Phường Hà Đông", "Hà Nội", null);
        silk = api.create(CatalogApi.product(producer, "Khăn lụa tơ tằm Vạn Phúc", "HANDICRAFT", 5, 450_000));
        mungBeanCake = api.create(CatalogApi.product(producer, "Bánh đậu xanh Đông Đô", "FOOD", 4, 65_000));
        peanutOil = api.create(CatalogApi.product(producer, "Dầu lạc ép thủ công", "FOOD", 3, 90_000));
        api.create(CatalogApi.draft(CatalogApi.product(
                producer, "Khăn lụa Vạn Phúc (nháp)", 4, LocalDate.now().minusMonths(1))));
        String delisted = api.create(CatalogApi.product(producer, "Lụa Vạn Phúc cũ", "HANDICRAFT", 4, 300_000));
        api.delist(delisted, "hết hàng", TestTokens.shared().organiser());
    }

    SearchResults search(String q) throws Exception {
        return SearchResults.of(api.search("q", q, "producer", producer));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"lua van phuc", "Lụa Vạn Phúc", "LUA VAN PHUC", "lụa van PHÚC", "  Lụa,  Vạn-Phúc! "})
    void findsVanPhucSilkWithOrWithoutDiacriticsInAnyCase(String q) throws Exception {
        SearchResults found = search(q);

        assertThat(found.ids()).containsExactly(silk);
        assertThat(found.total()).isEqualTo(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"đậu xanh", "dau xanh", "ĐẬU XANH", "Đau xanh", "dậu xanh"})
    void treatsDStrokeAsD(String q) throws Exception {
        assertThat(search(q).ids()).containsExactly(mungBeanCake);
    }

    @Test
    void aWordWithoutMarksMatchesEveryMarkedSpellingOfIt() throws Exception {
        assertThat(search("dau").ids()).containsExactlyInAnyOrder(mungBeanCake, peanutOil);
        assertThat(search("Dầu").ids()).containsExactlyInAnyOrder(mungBeanCake, peanutOil);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"lua van ph", "kha lu", "Vạn Ph", "tơ t", "phuc van lua"})
    void findsByTheStartOfEachWordInAnyOrder(String q) throws Exception {
        assertThat(search(q).ids()).containsExactly(silk);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ua van", "lua van phuc xanh", "han", "lua-dau", "lua|dau"})
    void everyWordMustStartAWord(String q) throws Exception {
        SearchResults found = search(q);

        assertThat(found.ids()).isEmpty();
        assertThat(found.total()).isZero();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Vạn Phúc (lụa)*", "[lua] van? phuc+", "lua.van\\phuc", "^lua$ {van} phuc"})
    void takesRegularExpressionCharactersAsPlainText(String q) throws Exception {
        assertThat(search(q).ids()).containsExactly(silk);
    }

    @Test
    void aQueryOfOnlyPunctuationFindsLikeNoQuery() throws Exception {
        assertThat(search(".*").ids()).containsExactlyInAnyOrder(silk, mungBeanCake, peanutOil);
        assertThat(search("$where").ids()).isEmpty();
    }

    @Test
    void neverFindsDraftsOrDelistedProducts() throws Exception {
        assertThat(search("khan lua van phuc").ids()).containsExactly(silk);
        assertThat(SearchResults.of(api.search("producer", producer)).ids())
                .containsExactlyInAnyOrder(silk, mungBeanCake, peanutOil);
    }

    @Test
    void findsByTheProducersNameAndCraftVillageToo() throws Exception {
        String village = "htx-vl-" + SearchResults.nonce();
        api.registerProducer(village, "Hợp tác xã Thêu Quất Động", "Xã Quất Động", "Hà Nội", "Làng thêu Quất Động");
        String embroidery =
                api.create(CatalogApi.product(village, "Tranh thêu phong cảnh", "HANDICRAFT", 4, 2_000_000));

        assertThat(SearchResults.of(api.search("q", "quat dong", "producer", village))
                        .ids())
                .containsExactly(embroidery);
        assertThat(SearchResults.of(api.search("q", "hop tac xa theu", "producer", village))
                        .ids())
                .containsExactly(embroidery);
    }
}
