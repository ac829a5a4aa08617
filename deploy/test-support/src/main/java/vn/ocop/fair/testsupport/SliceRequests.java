package vn.ocop.fair.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests for a service's {@code @WebMvcTest} slice: callers signed in with the roles the gateway's
 * issuer gives them, and JSON bodies.
 */
public final class SliceRequests {

    /** The producer the slice tests' producer callers stand for. */
    public static final String PRODUCER_ID = "htx-lua-van-phuc";

    private SliceRequests() {}

    /** A caller {@code u-<role>} holding {@code role} alone. */
    public static JwtRequestPostProcessor caller(String role) {
        return jwt().jwt(token -> token.subject("u-" + role).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /** The producer caller {@code u-PRODUCER}, speaking for {@link #PRODUCER_ID}. */
    public static JwtRequestPostProcessor producer() {
        return producer(PRODUCER_ID);
    }

    /** The producer caller {@code u-PRODUCER}, speaking for {@code producerId}. */
    public static JwtRequestPostProcessor producer(String producerId) {
        return jwt().jwt(token -> token.subject("u-PRODUCER")
                        .claim("roles", List.of("PRODUCER"))
                        .claim("producer_id", producerId))
                .authorities(new SimpleGrantedAuthority("ROLE_PRODUCER"));
    }

    /** The customer {@code khach-1}. */
    public static JwtRequestPostProcessor customer() {
        return customer("khach-1");
    }

    /** The customer {@code subject}. */
    public static JwtRequestPostProcessor customer(String subject) {
        return jwt().jwt(token -> token.subject(subject).claim("roles", List.of("CUSTOMER")))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    /** {@code request} carrying {@code body} as JSON. */
    public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
