package vn.ocop.fair.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokensTest {

    private static final String JWT = "eyJraWQiOiJrIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJraGFjaGhhbmcifQ.c2lnbmF0dXJl-_";

    private final BearerTokens tokens = new BearerTokens();

    @Test
    void findsWhatSpringSecuritysResolverFindsInTheHeader() {
        DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
        List<String> headers = Arrays.asList(
                "Bearer " + JWT,
                "Bearer abc.DEF-ghi_~+/09==",
                "Bearer ==",
                "Bearer abc=def",
                "Bearer abc def",
                "Bearer  abc",
                "Bearer ",
                "Bearer",
                "bearer " + JWT,
                "BEARER " + JWT,
                "Bearer " + JWT + " ",
                "Bearer tôken",
                "Basic a2hhY2hoYW5nOmRlbW8xMjM=",
                null);
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
            if (header != null) {
                request.addHeader("Authorization", header);
            }

            assertThat(outcome(() -> tokens.resolve(request)))
                    .as("Authorization: %s", header)
                    .isEqualTo(outcome(() -> spring.resolve(request)));
        }
    }

    @Test
    void takesTheTokenFromTheQueryOnTheLiveStreamOnly() {
        MockHttpServletRequest stream = new MockHttpServletRequest("GET", BearerTokens.STREAM);
        stream.setParameter("access_token", JWT);
        MockHttpServletRequest orders = new MockHttpServletRequest("GET", "/api/orders");
        orders.setParameter("access_token", JWT);

        assertThat(tokens.resolve(stream)).isEqualTo(JWT);
        assertThat(tokens.resolve(orders)).isNull();
    }

    @Test
    void refusesTwoTokensOnTheLiveStream() {
        MockHttpServletRequest stream = new MockHttpServletRequest("GET", BearerTokens.STREAM);
        stream.setParameter("access_token", JWT);
        stream.addHeader("Authorization", "Bearer " + JWT);

        assertThat(outcome(() -> tokens.resolve(stream))).startsWith("refused");
    }

    private static String outcome(Resolution resolution) {
        try {
            return "token " + resolution.token();
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode();
        }
    }

    interface Resolution {
        String token();
    }
}
