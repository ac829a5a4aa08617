package vn.ocop.fair.catalog.producer;

import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** A product names a producer the catalogue does not know: register the producer first. */
public class UnknownProducer extends Unprocessable {

    public UnknownProducer(String id) {
        super(
                "unknown-producer",
                "Unknown producer",
                "No producer " + id + " is registered; an organiser registers producers first");
    }
}
