package vn.ocop.fair.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class FirewallTest {

    private final Predicate<String> values = Firewall.printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_VALUES);
    private final Predicate<String> names = Firewall.printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_NAMES);

    @Test
    void judgesEveryCharacterAsSpringSecuritysRulesDo() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String value = "Bearer abc" + c;
            assertThat(values.test(value))
                    .as("U+%04X in a value", (int) c)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
            assertThat(names.test(value))
                    .as("U+%04X in a name", (int) c)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value));
        }
    }

    @Test
    void judgesWholeValuesAsSpringSecuritysRulesDo() {
        for (String value : List.of(
                "", "Bearer eyJ.abc.def", "Hà Nội", "a\tb", "a\nb", "a\u0000b", "a\u007Fb", "😀", "\uD83D", "\uFFFF")) {
            assertThat(values.test(value)).as(value).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
            assertThat(names.test(value)).as(value).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value));
        }
    }
}
