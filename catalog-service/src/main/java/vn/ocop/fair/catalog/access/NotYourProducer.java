package vn.ocop.fair.catalog.access;

/** A producer tried to manage another producer's products. */
public class NotYourProducer extends RuntimeException {

    public NotYourProducer(Actor actor, String producerId) {
        super(actor.subject() + " may not manage the products of producer " + producerId);
    }
}
