package vn.ocop.fair.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.ocop.fair.gateway.web.Problems;

/**
 * 401 and 403 as problem details, with a fixed RFC 6750 challenge ({@link BearerChallenge}): no host
 * name, address or URL, whatever the Host header says.
 */
@Component
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String error = failure instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(error));
        Problems.write(
                response,
                Problems.problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        error == null
                                ? "A valid bearer token is required"
                                : "A valid bearer token is required: the token is invalid or expired"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean withToken = SecurityContextHolder.getContext().getAuthentication()
                instanceof AbstractOAuth2TokenAuthenticationToken<?>;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(withToken ? "insufficient_scope" : null));
        Problems.write(
                response,
                Problems.problem(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }
}
