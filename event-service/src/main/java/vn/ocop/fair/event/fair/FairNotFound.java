package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/** No fair with this id, or a draft the asker may not see. */
public final class FairNotFound extends FairProblem {

    public FairNotFound(String fairId) {
        super(HttpStatus.NOT_FOUND, "fair-not-found", "Fair not found", "No fair " + fairId);
    }
}
