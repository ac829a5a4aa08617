package vn.ocop.fair.gateway.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.gateway.GatewayProperties;
import vn.ocop.fair.gateway.limits.BodyTooLarge;

/**
 * Where every route's circuit breaker forwards when the service failed, timed out or the breaker is
 * open: 503 with {@code Retry-After}. Reached only by that forward (a direct request is denied).
 * A body cut off for being too large also ends here, and is the client's fault: 413.
 */
@RestController
class FallbackController {

    static final String PATH = "/fallback";
    private static final Map<String, String> SERVICES = Map.of(
            "/api/catalog", "catalog",
            "/api/orders", "order",
            "/api/fairs", "event",
            "/api/notifications", "notification");
    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final GatewayProperties properties;

    FallbackController(GatewayProperties properties) {
        this.properties = properties;
    }

    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> serviceUnavailable(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (BodyTooLarge.marked(request) || (failure != null && BodyTooLarge.causedBy(failure))) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(BodyTooLarge.problem(properties.limits().maxBodySize()));
        }
        String path = originalPath(request);
        String service = service(path);
        log.warn("{} is unavailable: {}", service, failure == null ? "unknown failure" : failure.toString());
        String retryAfter = Problems.retryAfter(properties.resilience().retryAfter());
        ProblemDetail problem = Problems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                "The " + service + " service is not answering; try again in " + retryAfter + " s");
        problem.setInstance(URI.create(path));
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .body(problem);
    }

    /** The path the client asked for, before the breaker forwarded here. */
    private static String originalPath(HttpServletRequest request) {
        @Nullable Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original == null ? request.getRequestURI() : original.toString();
    }

    /** The service behind the route of a path: {@code /api/fairs/…} is event-service's. */
    private static String service(String path) {
        return SERVICES.entrySet().stream()
                .filter(prefix -> path.equals(prefix.getKey()) || path.startsWith(prefix.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("requested");
    }
}
