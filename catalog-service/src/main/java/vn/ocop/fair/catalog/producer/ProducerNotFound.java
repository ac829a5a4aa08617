package vn.ocop.fair.catalog.producer;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

public class ProducerNotFound extends NotFound {

    public ProducerNotFound(String id) {
        super("producer-not-found", "Producer not found", "No producer " + id);
    }
}
