package vn.ocop.fair.event;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request event-service's rules refuse (fairs, programme, promotions, booths, exhibitors), with
 * what the problem-details answer says: the status, a stable type under {@code
 * https://ocop-fair.vn/problems/}, a title and extra properties. Each subclass names what went wrong;
 * a feature keeps its own together ({@code FairRefusals}, {@code BoothRefusals}, {@code
 * ApplicationRefusals}, {@code ProgrammeRefusals}, {@code PromotionRefusals}), those of every
 * feature are in {@link CommonRefusals}; {@code web.ProblemDetailsAdvice} answers them all.
 */
public abstract class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected Refusal(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document, e.g. the list of failed eligibility rules. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
