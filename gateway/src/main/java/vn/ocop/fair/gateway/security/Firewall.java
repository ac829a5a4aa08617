package vn.ocop.fair.gateway.security;

import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its rules unchanged. It checks a header's value with a
 * regular expression every time the header is read, a bearer token (about 900 characters) several
 * times per request; a name or value of printable ASCII only passes those rules by definition, and
 * is now recognised without the expression. Anything else still goes through it.
 */
@Configuration(proxyBeanMethods = false)
class Firewall {

    @Bean
    HttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
        firewall.setAllowedHeaderValues(printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
        return firewall;
    }

    static Predicate<String> printableAsciiOr(Predicate<String> rule) {
        return value -> isPrintableAscii(value) || rule.test(value);
    }

    /** Space to tilde: assigned characters, none of them a control character. */
    static boolean isPrintableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
