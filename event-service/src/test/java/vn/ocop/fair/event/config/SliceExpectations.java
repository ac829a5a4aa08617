package vn.ocop.fair.event.config;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;

import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What the controllers' {@code @WebMvcTest} slices expect of a request refused before any use case
 * is asked: a body or parameter that breaks a bound, or a value no enum of the API has.
 */
public final class SliceExpectations {

    private SliceExpectations() {}

    /** A 400 {@code invalid-request} problem whose errors name exactly these fields, in any order. */
    public static ResultMatcher invalidFields(String... fields) {
        return all(
                status().isBadRequest(),
                problem("invalid-request"),
                jsonPath("$.errors[*].field", Matchers.containsInAnyOrder(fields)));
    }

    /**
     * A 400 {@code unreadable-request} problem whose detail lists the values the API accepts
     * instead of naming a Java type.
     */
    public static ResultMatcher unreadable(String acceptedValues) {
        return all(
                status().isBadRequest(),
                problem("unreadable-request"),
                jsonPath("$.detail", Matchers.containsString(acceptedValues)),
                jsonPath("$.detail", Matchers.not(Matchers.containsString("vn.ocop"))));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return answer -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(answer);
            }
        };
    }
}
