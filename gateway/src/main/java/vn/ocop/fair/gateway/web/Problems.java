package vn.ocop.fair.gateway.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with a stable {@code type} under {@link #TYPES}, for the advice and for the
 * servlet filters that answer before Spring MVC is reached (limits, authentication).
 */
public final class Problems {

    public static final String TYPES = "https://ocop-fair.vn/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** A problem with a stable type under {@link #TYPES}. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    /** Whole seconds to wait, at least one: the value of a {@code Retry-After} header. */
    public static String retryAfter(Duration wait) {
        long millis = Math.max(wait.toMillis(), 1);
        return Long.toString((millis + 999) / 1000);
    }

    /** Writes a problem as the whole response, from outside Spring MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
