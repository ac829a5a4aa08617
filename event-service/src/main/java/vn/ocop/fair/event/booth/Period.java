package vn.ocop.fair.event.booth;

import java.time.Instant;
import vn.ocop.fair.event.CommonRefusals;

/** A half-open period [startsAt, endsAt): a period starting when another ends does not overlap it. */
public record Period(Instant startsAt, Instant endsAt) {

    public Period {
        if (startsAt == null || endsAt == null || !startsAt.isBefore(endsAt)) {
            throw new CommonRefusals.InvalidRequest(
                    "a period needs startsAt before endsAt, got " + startsAt + " – " + endsAt);
        }
    }

    public boolean overlaps(Period other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public boolean within(Period outer) {
        return !startsAt.isBefore(outer.startsAt) && !endsAt.isAfter(outer.endsAt);
    }

    @Override
    public String toString() {
        return "[" + startsAt + ", " + endsAt + ")";
    }
}
