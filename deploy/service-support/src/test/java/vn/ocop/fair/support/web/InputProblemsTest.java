package vn.ocop.fair.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Input problems in the client's terms: the field and what it accepts, never a Java type. */
class InputProblemsTest {

    enum Channel {
        EMAIL,
        IN_APP
    }

    record Preference(Channel channel, int hour) {}

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsTheValuesOfAnEnumInsteadOfNamingIt() {
        assertThat(unreadable("{\"channel\":\"PIGEON\",\"hour\":8}"))
                .isEqualTo("channel must be one of EMAIL, IN_APP, not \"PIGEON\"");
    }

    @Test
    void describesANumberByItsRangeInsteadOfItsJavaType() {
        assertThat(unreadable("{\"channel\":\"EMAIL\",\"hour\":\"tám\"}"))
                .startsWith("hour must be a whole number from")
                .doesNotContain("int", "java.", "vn.ocop");
    }

    @Test
    void explainsMalformedJsonWithoutNamingJava() {
        assertThat(unreadable("{\"channel\":"))
                .startsWith("The request body is not valid JSON")
                .doesNotContain("vn.ocop", "java.");
    }

    @Test
    void takesFullyQualifiedJavaNamesOutOfAMessage() {
        assertThat(InputProblems.withoutJavaNames("Cannot map `vn.ocop.fair.x.Preference` from `java.lang.Integer`"))
                .isEqualTo("Cannot map value from value");
    }

    private String unreadable(String body) {
        JacksonException failure =
                catchThrowableOfType(JacksonException.class, () -> json.readValue(body, Preference.class));
        return InputProblems.unreadableBody(failure);
    }
}
