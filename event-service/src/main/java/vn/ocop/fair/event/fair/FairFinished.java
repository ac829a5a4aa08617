package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/** The fair is closed or cancelled: its programme and promotions no longer change. */
public final class FairFinished extends FairProblem {

    public FairFinished(Fair fair) {
        super(
                HttpStatus.CONFLICT,
                "fair-finished",
                "The fair is over",
                "Fair " + fair.id() + " is " + fair.status() + ": its programme and promotions no longer change");
    }
}
