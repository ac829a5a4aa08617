package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.event.Refusal;

/**
 * A request the fairs, programme or promotions refuse, with the HTTP status and the stable problem
 * type it is answered with (event-service's problem-details advice handles them all).
 */
public abstract class FairProblem extends Refusal {

    protected FairProblem(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }
}
