package vn.ocop.fair.event.fair;

/** Where a fair is in its life: DRAFT → PUBLISHED → OPEN → CLOSED, or CANCELLED before CLOSED. */
public enum FairStatus {
    DRAFT,
    PUBLISHED,
    OPEN,
    CLOSED,
    CANCELLED;

    boolean mayBecome(FairStatus next) {
        return switch (next) {
            case PUBLISHED -> this == DRAFT;
            case OPEN -> this == PUBLISHED;
            case CLOSED -> this == OPEN;
            case CANCELLED -> this == DRAFT || this == PUBLISHED || this == OPEN;
            case DRAFT -> false;
        };
    }

    /** Whether customers may see it (drafts are the organisers' own). */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Whether programme and promotions may still change. */
    public boolean isFinished() {
        return this == CLOSED || this == CANCELLED;
    }
}
