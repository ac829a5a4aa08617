package vn.ocop.fair.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.testsupport.ProblemAnswers.assertProblem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * Every 4xx and 5xx of catalog-service is problem+json naming no Java class, over real HTTP,
 * including requests that never reach a controller.
 */
@CatalogIntegrationTest
class ErrorResponsesTest {

    @Autowired
    CatalogApi api;

    final String organiser = TestTokens.shared().organiser();

    @BeforeEach
    void api() throws Exception {
        api.registerProducer("htx-mien-dong");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q.x", "q[$ne]", "size[0]", "minPrice.value", "sort[]", "class.module"})
    void ignoresAParameterNameThatIsNoParameterOfTheSearch(String name) throws Exception {
        HttpResponse<String> answer = api.send(
                "GET",
                "/api/catalog/products?" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "=1&size=3",
                null,
                null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"size\":3");
    }

    @Test
    void refusesABrokenMultipartBodyWithAProblem() throws Exception {
        HttpResponse<String> answer =
                upload("--ranh-gioi\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc");

        assertProblem(answer, 400);
    }

    @Test
    void refusesAnUploadWithoutItsFilePartWithAProblem() throws Exception {
        HttpResponse<String> answer =
                upload("--ranh-gioi\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--ranh-gioi--\r\n");

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"file\"");
    }

    @Test
    void answersTheErrorPathItselfWithANotFoundProblem() throws Exception {
        assertProblem(api.send("GET", "/error", null, null), 404);
    }

    @Test
    void answersARequestTheFirewallRejectsWithAProblem() throws Exception {
        assertProblem(api.send("GET", "/api/catalog/products/a%2F..%2Fb", null, null), 400);
    }

    @Test
    void answersAnUnsupportedMediaTypeWithAProblem() throws Exception {
        HttpResponse<String> answer = api.post(
                "/api/catalog/products", "text/plain", "Nem Phùng".getBytes(StandardCharsets.UTF_8), organiser);

        assertProblem(answer, 415);
    }

    @Test
    void answersAMethodNobodyMayUseWithAProblem() throws Exception {
        HttpResponse<String> answer = api.send("DELETE", "/api/catalog/products", null, organiser);

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertProblem(answer, answer.statusCode());
    }

    @Test
    void explainsMalformedJsonWithoutNamingJava() throws Exception {
        assertProblem(api.send("POST", "/api/catalog/products", "{\"name\":", organiser), 400);
    }

    /** A product body that says {@code instead} where it should say {@code said}. */
    static Stream<Arguments> bodiesWithAFieldOfTheWrongKind() {
        return Stream.of(
                Arguments.of("450000", "99999999999999999999999", new String[] {"priceVnd"}),
                Arguments.of("HANDICRAFT", "SOUVENIR", new String[] {
                    "group must be one of FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM", "SOUVENIR"
                }),
                Arguments.of("\"stars\":4", "\"stars\":\"bốn\"", new String[] {"stars must be a whole number"}));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bodiesWithAFieldOfTheWrongKind")
    void explainsAFieldOfTheWrongKindWithoutNamingJava(String said, String instead, String[] explanation)
            throws Exception {
        String body = CatalogApi.product("htx-mien-dong", "Miến dong").replace(said, instead);

        HttpResponse<String> answer = api.send("POST", "/api/catalog/products", body, organiser);

        assertProblem(answer, 400);
        assertThat(answer.body()).contains(explanation);
    }

    @Test
    void explainsASearchParameterOfTheWrongTypeWithoutNamingJava() throws Exception {
        HttpResponse<String> answer = api.search("minStars", "five");

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"minStars\"", "must be a whole number");
    }

    /** An import whose multipart body, parts separated by {@code --ranh-gioi}, is {@code body}. */
    private HttpResponse<String> upload(String body) throws Exception {
        return api.post(
                "/api/catalog/imports",
                "multipart/form-data; boundary=ranh-gioi",
                body.getBytes(StandardCharsets.UTF_8),
                organiser);
    }
}
