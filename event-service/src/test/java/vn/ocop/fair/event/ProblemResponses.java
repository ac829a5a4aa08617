package vn.ocop.fair.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;

/** event-service's refusals as its API tests read them over real HTTP. */
public final class ProblemResponses {

    private ProblemResponses() {}

    /**
     * A problem+json answer with this status and, unless {@code type} is null, of the problem type
     * {@code https://ocop-fair.vn/problems/<type>}.
     */
    public static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        if (type != null) {
            assertThat(JsonPath.<String>read(answer.body(), "$.type"))
                    .isEqualTo("https://ocop-fair.vn/problems/" + type);
        }
    }
}
