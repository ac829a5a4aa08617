package vn.ocop.fair.support.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void namesTagsAfterTheResourceAndSummarisesEveryOperation() {
        Operation list = new Operation()
                .operationId("listFairs_1")
                .addTagsItem("fair-controller")
                .responses(ok());
        OpenAPI api = new OpenAPI()
                .tags(List.of(new Tag().name("fair-controller"), new Tag().name("booth-application-controller")))
                .paths(new Paths().addPathItem("/api/fairs", new PathItem().get(list)));

        new ProblemResponses().customise(api);

        assertThat(api.getTags()).extracting(Tag::getName).containsExactly("Fairs", "Booth applications");
        assertThat(list.getTags()).containsExactly("Fairs");
        assertThat(list.getSummary()).isEqualTo("List fairs");
    }

    @Test
    void addsTheProblemAnswersAnOperationCanGiveAndAnswersJsonInsteadOfAnything() {
        Operation place = new Operation()
                .operationId("place")
                .requestBody(new RequestBody())
                .responses(new ApiResponses().addApiResponse("201", json("*/*")));
        Operation read = new Operation()
                .operationId("order")
                .addParametersItem(new Parameter().name("id").in("path"))
                .responses(ok());
        OpenAPI api = new OpenAPI()
                .paths(new Paths()
                        .addPathItem("/api/orders", new PathItem().post(place))
                        .addPathItem("/api/orders/{id}", new PathItem().get(read)));

        new ProblemResponses().customise(api);

        assertThat(place.getResponses()).containsOnlyKeys("201", "400", "422", "401", "403");
        assertThat(place.getResponses().get("201").getContent()).containsOnlyKeys("application/json");
        assertThat(place.getResponses().get("422").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(read.getResponses()).containsOnlyKeys("200", "400", "404");
        assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
    }

    private static ApiResponses ok() {
        return new ApiResponses().addApiResponse("200", json("*/*"));
    }

    private static ApiResponse json(String type) {
        return new ApiResponse().description("OK").content(new Content().addMediaType(type, new MediaType()));
    }
}
