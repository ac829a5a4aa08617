package vn.ocop.fair.gateway.paths;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.fair.gateway.web.Problems;

/**
 * Refuses a path with more than one reading (400 problem+json) before authentication, routing and the
 * limits see it, so that none of them can read it differently from the others.
 */
class CanonicalPathFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            CanonicalPath.of(request);
        } catch (CanonicalPath.Ambiguous ambiguous) {
            Problems.write(response, ambiguous.problem());
            return;
        }
        chain.doFilter(request, response);
    }
}
