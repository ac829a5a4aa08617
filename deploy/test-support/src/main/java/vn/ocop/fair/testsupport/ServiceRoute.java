package vn.ocop.fair.testsupport;

/** Where the service under test listens, and the gateway's route to it: what the contracts call. */
public interface ServiceRoute {

    /** The port the service under test listens on. */
    int port();

    /** The gateway's route to the service, e.g. {@code /api/fairs}. */
    String gatewayRoute();
}
