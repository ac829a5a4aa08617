package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/**
 * A request the fairs, programme or promotions refuse, with the HTTP status and the stable problem
 * type it is answered with (event-service's problem-details advice handles them all).
 */
public abstract class FairProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected FairProblem(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The last segment of the problem type URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
