package vn.ocop.fair.catalog.access;

import vn.ocop.fair.support.security.Caller;
import vn.ocop.fair.support.web.RefusedRequest.Forbidden;

/** A producer tried to manage another producer's products. */
public class NotYourProducer extends Forbidden {

    public NotYourProducer(Caller caller, String producerId) {
        super(
                "not-your-producer",
                "Not your producer",
                caller.subject() + " may not manage the products of producer " + producerId);
    }
}
