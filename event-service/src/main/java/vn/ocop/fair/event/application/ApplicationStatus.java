package vn.ocop.fair.event.application;

/** Where an exhibitor application stands. */
public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WAITLISTED,
    WITHDRAWN
}
