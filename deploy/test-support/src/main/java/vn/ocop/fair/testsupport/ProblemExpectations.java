package vn.ocop.fair.testsupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What a MockMvc answer that is an RFC 9457 problem looks like. */
public final class ProblemExpectations {

    /** Where every problem type of the fair lives. */
    public static final String PROBLEMS = "https://ocop-fair.vn/problems/";

    private ProblemExpectations() {}

    /** An {@code application/problem+json} answer. */
    public static ResultMatcher problemJson() {
        return content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** An {@code application/problem+json} answer of type {@code PROBLEMS + type}. */
    public static ResultMatcher problem(String type) {
        return answer -> {
            problemJson().match(answer);
            problemType(type).match(answer);
        };
    }

    /** An answer whose {@code type} is {@code PROBLEMS + type}. */
    public static ResultMatcher problemType(String type) {
        return jsonPath("$.type").value(PROBLEMS + type);
    }
}
