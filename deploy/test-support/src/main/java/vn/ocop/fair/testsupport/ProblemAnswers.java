package vn.ocop.fair.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What every error answer of every service must be: RFC 9457 problem+json that names no Java class. */
public final class ProblemAnswers {

    private ProblemAnswers() {}

    public static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .as(answer.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body())
                .as("names no Java class")
                .doesNotContain("java.", "vn.ocop", "Exception", "`", "<html");
    }
}
