package vn.ocop.fair.catalog.access;

import vn.ocop.fair.support.security.Caller;

/** A producer tried to manage another producer's products. */
public class NotYourProducer extends RuntimeException {

    public NotYourProducer(Caller caller, String producerId) {
        super(caller.subject() + " may not manage the products of producer " + producerId);
    }
}
