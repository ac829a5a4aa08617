package vn.ocop.fair.catalog.producer;

public class ProducerNotFound extends RuntimeException {

    public ProducerNotFound(String id) {
        super("No producer " + id);
    }
}
