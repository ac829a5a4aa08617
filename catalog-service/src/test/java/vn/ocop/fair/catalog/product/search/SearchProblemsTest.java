package vn.ocop.fair.catalog.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;

/** A search parameter out of range is a 400 problem that names it, never a 500 or a silent "nothing found". */
@CatalogIntegrationTest
class SearchProblemsTest {

    @Autowired
    CatalogApi api;

    static Stream<Arguments> badParameters() {
        return Stream.of(
                bad("group", List.of("group", "SOUVENIR"), "must be one of FOOD|BEVERAGE"),
                bad("minStars", List.of("minStars", "2"), "greater than or equal to 3"),
                bad("minStars", List.of("minStars", "6"), "less than or equal to 5"),
                bad("minStars", List.of("minStars", "five"), "minStars"),
                bad("minPrice", List.of("minPrice", "-1"), "greater than or equal to 0"),
                bad("maxPrice", List.of("maxPrice", "lots"), "maxPrice"),
                bad(
                        "priceRange",
                        List.of("minPrice", "500000", "maxPrice", "100000"),
                        "minPrice must not be above maxPrice"),
                bad("sort", List.of("sort", "cheapest"), "must be one of relevance|price|-price|newest"),
                bad("size", List.of("size", "101"), "less than or equal to 100"),
                bad("size", List.of("size", "0"), "greater than or equal to 1"),
                bad("page", List.of("page", "-1"), "greater than or equal to 0"),
                bad("q", List.of("q", "lụa ".repeat(50) + "x"), "size must be between 0 and 200"),
                bad("province", List.of("province", "x".repeat(101)), "size must be between 0 and 100"));
    }

    static Arguments bad(String field, List<String> parameters, String message) {
        return Arguments.of(field, parameters, message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badParameters")
    void refusesAParameterOutOfRangeNamingIt(String field, List<String> parameters, String message) throws Exception {
        HttpResponse<String> answer = api.search(parameters.toArray(String[]::new));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body())
                .contains("\"type\":\"https://ocop-fair.vn/problems/invalid-request\"")
                .contains("\"field\":\"" + field + "\"")
                .contains(message);
    }

    @Test
    void listsEveryBadParameterAtOnce() throws Exception {
        HttpResponse<String> answer =
                api.search("group", "SOUVENIR", "minStars", "9", "sort", "cheapest", "size", "500");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains(
                        "\"field\":\"group\"",
                        "\"field\":\"minStars\"",
                        "\"field\":\"sort\"",
                        "\"field\":\"size\"",
                        "4 invalid field(s)");
    }

    @Test
    void acceptsAQueryOfTwoHundredCharactersAndEmptyChoices() throws Exception {

        assertThat(api.search("q", "x".repeat(200)).statusCode()).isEqualTo(200);
        assertThat(api.search("group", "", "sort", "", "q", "").statusCode()).isEqualTo(200);
    }
}
