package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/** A fair's plan that breaks a rule across fields (ends before it starts, closes before it opens…). */
public final class InvalidFair extends FairProblem {

    InvalidFair(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fair", "Invalid fair", detail);
    }
}
