package vn.ocop.fair.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.ocop.fair.gateway.web.Problems;

/**
 * 401 and 403 as problem details. The bearer-token handlers set the status and the RFC 6750
 * {@code WWW-Authenticate: Bearer …} header; this adds the body.
 */
@Component
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        Problems.write(
                response,
                Problems.problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        "A valid bearer token is required: " + failure.getMessage()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearerDenied.handle(request, response, denied);
        Problems.write(
                response,
                Problems.problem(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }
}
