package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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

    @Test
    void aWordMatchesOnlyAtTheStartOfAWord() {
        Pattern phu = Pattern.compile(SearchFilter.wordStart("phu"));

        assertThat(phu.matcher("lua van phuc").find()).isTrue();
        assertThat(phu.matcher("phu the").find()).isTrue();
        assertThat(phu.matcher("lua vanphuc").find()).isFalse();
    }

    @Test
    void aPlaceMatchesItsLastWords() {
        Pattern haDong = Pattern.compile(SearchFilter.lastWords("ha dong"));

        assertThat(haDong.matcher("phuong ha dong").find()).isTrue();
        assertThat(haDong.matcher("ha dong").find()).isTrue();
        assertThat(haDong.matcher("ha dong moi").find()).isFalse();
        assertThat(haDong.matcher("phuong cha dong").find()).isFalse();
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
