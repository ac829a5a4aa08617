package vn.ocop.fair.event.application;

/** What an organiser may decide on an application. */
public enum Decision {
    APPROVED,
    REJECTED,
    WAITLISTED;

    ApplicationStatus status() {
        return ApplicationStatus.valueOf(name());
    }
}
