package vn.ocop.fair.support.web;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/** A request body past the service's limit ({@link RequestBodyLimits}); answered 413. */
public class BodyTooLarge extends IOException {

    private final transient DataSize limit;

    BodyTooLarge(DataSize limit) {
        super("The request body is larger than " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    /** The 413 answer. */
    public ProblemDetail problem() {
        return ProblemDetailsSupport.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "Request body too large",
                "The request body must not be larger than " + limit.toBytes() + " bytes");
    }
}
