package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/** The fair's status does not allow what was asked (publishing an open fair, editing a closed one…). */
public final class IllegalTransition extends FairProblem {

    IllegalTransition(String detail) {
        super(HttpStatus.CONFLICT, "illegal-fair-transition", "Not allowed in the fair's status", detail);
    }
}
