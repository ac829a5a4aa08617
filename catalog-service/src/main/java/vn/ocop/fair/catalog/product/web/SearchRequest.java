package vn.ocop.fair.catalog.product.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.search.ProductQuery;
import vn.ocop.fair.catalog.product.search.SearchOrder;

/**
 * The query parameters of {@code GET /api/catalog/products}; anything out of range is a 400 that
 * names the parameter.
 *
 * @param q words to find, with or without diacritics, in any case: each must start a word of the
 *     name, the producer's name or the craft village
 * @param group an OCOP group code (FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM)
 * @param minStars 3 to 5
 * @param province the producer's province or city, e.g. {@code Hà Nội} or {@code ha noi}
 * @param commune the producer's commune or ward, e.g. {@code Bát Tràng} or {@code Xã Bát Tràng}
 * @param producer a producer id
 * @param minPrice lowest price in whole VND, inclusive
 * @param maxPrice highest price in whole VND, inclusive
 * @param fair a fair id: only products on sale at that fair
 * @param sort relevance (default), price, -price or newest
 */
record SearchRequest(
        @Size(max = ProductQuery.MAX_TEXT_LENGTH) String q,

        @Pattern(
                regexp = "(" + GROUPS + ")?",
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be one of " + GROUPS)
        String group,

        @Min(3) @Max(5) Integer minStars,
        @Size(max = 100) String province,
        @Size(max = 100) String commune,
        @Size(max = 64) String producer,
        @PositiveOrZero Long minPrice,
        @PositiveOrZero Long maxPrice,
        @Size(max = 100) String fair,

        @Pattern(regexp = "(" + SearchOrder.NAMES + ")?", message = "must be one of " + SearchOrder.NAMES)
        String sort,

        @Min(0) @Max(100_000) Integer page,
        @Min(1) @Max(ProductQuery.MAX_SIZE) Integer size) {

    /** Every {@link OcopGroup} code, as a regular expression. */
    static final String GROUPS = "FOOD|BEVERAGE|HERBAL|HANDICRAFT|ORNAMENTAL|TOURISM";

    static final int DEFAULT_SIZE = 20;

    @AssertTrue(message = "minPrice must not be above maxPrice")
    boolean isPriceRange() {
        return minPrice == null || maxPrice == null || minPrice <= maxPrice;
    }

    ProductQuery toQuery() {
        return new ProductQuery(
                q,
                isBlank(group) ? null : OcopGroup.valueOf(group.toUpperCase(Locale.ROOT)),
                minStars,
                province,
                commune,
                producer,
                minPrice,
                maxPrice,
                fair,
                isBlank(sort) ? null : SearchOrder.named(sort),
                page == null ? 0 : page,
                size == null ? DEFAULT_SIZE : size);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
