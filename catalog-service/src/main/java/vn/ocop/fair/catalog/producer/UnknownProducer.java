package vn.ocop.fair.catalog.producer;

/** A product names a producer the catalogue does not know: register the producer first. */
public class UnknownProducer extends RuntimeException {

    public UnknownProducer(String id) {
        super("No producer " + id + " is registered; an organiser registers producers first");
    }
}
