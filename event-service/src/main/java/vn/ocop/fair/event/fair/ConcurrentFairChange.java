package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/** The fair kept changing under a request (or the version it was made from is old). */
public final class ConcurrentFairChange extends FairProblem {

    public ConcurrentFairChange(String what) {
        super(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile", what + " changed meanwhile; retry");
    }
}
