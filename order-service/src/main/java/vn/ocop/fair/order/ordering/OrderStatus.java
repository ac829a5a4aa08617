package vn.ocop.fair.order.ordering;

import java.util.EnumSet;
import java.util.Set;

/** Where an order is in its life; each state names the states it may be reached from. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    PAID,
    FULFILLED,
    REJECTED,
    CANCELLED,
    EXPIRED;

    /** The states a transition to this one starts from: anything else is a late or repeated step. */
    Set<OrderStatus> reachedFrom() {
        return switch (this) {
            case PENDING -> EnumSet.noneOf(OrderStatus.class);
            case CONFIRMED, REJECTED -> EnumSet.of(PENDING);
            case PAID, EXPIRED -> EnumSet.of(CONFIRMED);
            case FULFILLED -> EnumSet.of(PAID);
            case CANCELLED -> EnumSet.of(PENDING, CONFIRMED, PAID);
        };
    }

    /** Whether the order gives back what it took (stock, flash units, voucher use) on reaching this state. */
    boolean releases() {
        return this == REJECTED || this == CANCELLED || this == EXPIRED;
    }
}
