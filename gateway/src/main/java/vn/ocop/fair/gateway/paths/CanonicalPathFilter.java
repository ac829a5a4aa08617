package vn.ocop.fair.gateway.paths;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.fair.gateway.web.Problems;

/**
 * Refuses a query with control characters and a path with more than one reading (400 problem+json) before authentication, routing and the
 * limits see it, so that none of them can read it differently from the others.
 */
class CanonicalPathFilter extends OncePerRequestFilter {

    /**
     * Encoded or raw control characters in the query: no parameter needs them, and the proxy's HTTP
     * client could not forward them (the route then answered 503 as if the service were down).
     */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("%[01][0-9a-fA-F]|%7[fF]|[\\x00-\\x1f\\x7f]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && CONTROL_CHARACTERS.matcher(query).find()) {
            Problems.write(
                    response,
                    Problems.problem(
                            HttpStatus.BAD_REQUEST,
                            "invalid-query",
                            "Unreadable query",
                            "The query string holds control characters (%00-%1F, %7F)"));
            return;
        }
        try {
            CanonicalPath.of(request);
        } catch (CanonicalPath.Ambiguous ambiguous) {
            Problems.write(response, ambiguous.problem());
            return;
        }
        chain.doFilter(request, response);
    }
}
