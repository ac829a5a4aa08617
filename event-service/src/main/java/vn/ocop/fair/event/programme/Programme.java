package vn.ocop.fair.event.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fair's programme at one version: its activities. Adding one checks it against all the others
 * (no two activities share a stage or booth at the same moment) and warns, without refusing, when
 * a producer is booked in two places at once.
 */
record Programme(String fairId, long version, List<Activity> activities) {

    static Programme empty(String fairId) {
        return new Programme(fairId, 0, List.of());
    }

    /** The warnings of adding {@code activity}; throws when its place is taken then. */
    List<String> admit(Activity activity) {
        List<String> warnings = new ArrayList<>();
        for (Activity other : activities) {
            if (!activity.overlaps(other)) {
                continue;
            }
            if (other.place().equals(activity.place())) {
                throw new ProgrammeRefusals.ActivityOverlap("%s is taken by '%s' from %s to %s"
                        .formatted(activity.place(), other.title(), other.startsAt(), other.endsAt()));
            }
            for (String producer : activity.producerIds()) {
                if (other.producerIds().contains(producer)) {
                    warnings.add("Producer %s is also in '%s' (%s, %s to %s)"
                            .formatted(producer, other.title(), other.place(), other.startsAt(), other.endsAt()));
                }
            }
        }
        return warnings;
    }

    Optional<Activity> find(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
    }
}
