package vn.ocop.fair.catalog.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.search.ProductQuery;
import vn.ocop.fair.catalog.product.search.SearchOrder;

class SearchRequestTest {

    @Test
    void acceptsEveryOcopGroupCodeAndNoOther() {
        assertThat(SearchRequest.GROUPS.split("\\|"))
                .containsExactly(
                        Arrays.stream(OcopGroup.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void turnsParametersIntoAQueryWithDefaults() {
        ProductQuery query = new SearchRequest(
                        "Lụa", "handicraft", 4, "Hà Nội", "", " htx-lua ", 1L, 2L, "", "-price", null, null)
                .toQuery();

        assertThat(query.text()).isEqualTo("lua");
        assertThat(query.group()).isEqualTo(OcopGroup.HANDICRAFT);
        assertThat(query.province()).isEqualTo("ha noi");
        assertThat(query.commune()).isNull();
        assertThat(query.producerId()).isEqualTo("htx-lua");
        assertThat(query.fairId()).isNull();
        assertThat(query.order()).isEqualTo(SearchOrder.PRICE_DESCENDING);
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(20);
    }

    @Test
    void blankChoicesMeanAny() {
        ProductQuery query = new SearchRequest(null, " ", null, null, null, null, null, null, null, "", 2, 5).toQuery();

        assertThat(query.group()).isNull();
        assertThat(query.order()).isEqualTo(SearchOrder.RELEVANCE);
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(5);
    }
}
