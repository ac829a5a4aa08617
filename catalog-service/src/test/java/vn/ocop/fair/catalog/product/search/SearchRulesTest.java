package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of a search that need no database: folding the query, word matching, escaping. */
class SearchRulesTest {

    static ProductQuery query(String text, String province) {
        return new ProductQuery(text, null, null, province, null, null, null, null, null, null, 0, 20);
    }

    @Test
    void foldsTheQueryIntoDistinctWordsInTheirOrder() {
        ProductQuery query = query("  Lụa VẠN  phúc, lụa! Đồ ", "Thành phố Hà Nội");

        assertThat(query.words()).containsExactly("lua", "van", "phuc", "do");
        assertThat(query.province()).isEqualTo("thanh pho ha noi");
        assertThat(query.order()).isEqualTo(SearchOrder.RELEVANCE);
        assertThat(query.ranksByWords()).isTrue();
    }

    @Test
    void aQueryWithoutLettersOrDigitsHasNoWords() {
        assertThat(query(" .*?! ", "  ").words()).isEmpty();
        assertThat(query(null, null).ranksByWords()).isFalse();
        assertThat(query(null, "").province()).isNull();
    }

    @ParameterizedTest(name = "\"phu\" in \"{0}\": {1}")
    @CsvSource({"lua van phuc, true", "phu the, true", "lua vanphuc, false"})
    void aWordMatchesOnlyAtTheStartOfAWord(String text, boolean matches) {
        assertThat(Pattern.compile(SearchFilter.wordStart("phu")).matcher(text).find())
                .isEqualTo(matches);
    }

    @ParameterizedTest(name = "\"ha dong\" in \"{0}\": {1}")
    @CsvSource({"phuong ha dong, true", "ha dong, true", "ha dong moi, false", "phuong cha dong, false"})
    void aPlaceMatchesItsLastWords(String place, boolean matches) {
        assertThat(Pattern.compile(SearchFilter.lastWords("ha dong"))
                        .matcher(place)
                        .find())
                .isEqualTo(matches);
    }

    @Test
    void escapesEveryRegularExpressionCharacter() {
        String nasty = "a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o/p-q#r";

        assertThat(Pattern.compile(SearchFilter.literal(nasty)).matcher(nasty).matches())
                .isTrue();
        assertThat(Pattern.compile(SearchFilter.literal(".*"))
                        .matcher("anything")
                        .find())
                .isFalse();
    }

    @Test
    void theApiNamesEveryOrder() {
        assertThat(SearchOrder.NAMES.split("\\|"))
                .containsExactly(Arrays.stream(SearchOrder.values())
                        .map(SearchOrder::apiName)
                        .toArray(String[]::new));
        assertThat(SearchOrder.named("-price")).isEqualTo(SearchOrder.PRICE_DESCENDING);
    }
}
