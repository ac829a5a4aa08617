package vn.ocop.fair.catalog.reservation;

/** Somebody else (the sweeper, after we were presumed dead) took over the reservation; we stop. */
class ClaimLost extends RuntimeException {

    ClaimLost(String orderId) {
        super("The reservation of order " + orderId + " was taken over by another worker");
    }
}
