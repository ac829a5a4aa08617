package vn.ocop.fair.order.ordering;

import vn.ocop.fair.support.security.Caller;

/**
 * Who sees and acts on which order: staff (organisers and operators) every order; a customer their
 * own; a producer those with their products, and only their part of them.
 */
public final class OrderAccess {

    private OrderAccess() {}

    /** Organisers and operators see and manage every order. */
    public static boolean isStaff(Caller caller) {
        return caller.isOrganiser() || caller.isOperator();
    }

    /** Staff see every order; a customer their own; a producer those with their products. */
    public static boolean maySee(Caller caller, Order order) {
        return seesWholeOrder(caller, order) || (caller.isProducer() && order.hasProductsOf(caller.producerId()));
    }

    /**
     * Staff and the order's customer see the whole order; anyone else who {@link #maySee} it is a
     * producer with lines in it and sees only their part ({@code OrderView.ProducerLines}).
     */
    public static boolean seesWholeOrder(Caller caller, Order order) {
        return isStaff(caller) || isTheCustomerOf(caller, order);
    }

    /** Staff cancel any order; a customer only their own. */
    public static boolean mayCancel(Caller caller, Order order) {
        return isStaff(caller) || isTheCustomerOf(caller, order);
    }

    /** The role a cancellation is recorded with. */
    public static String cancellationRole(Caller caller) {
        if (caller.isOperator()) {
            return Caller.OPERATOR;
        }
        return caller.isOrganiser() ? Caller.ORGANISER : Caller.CUSTOMER;
    }

    private static boolean isTheCustomerOf(Caller caller, Order order) {
        return caller.isCustomer() && order.isOf(caller.subject());
    }
}
