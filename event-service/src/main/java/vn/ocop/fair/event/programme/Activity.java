package vn.ocop.fair.event.programme;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One item of a fair's programme, on a stage or at a booth, over {@code [startsAt, endsAt)}: an
 * activity ending at 10:00 and one starting at 10:00 do not overlap.
 *
 * @param livestream the platform, host and address of a LIVESTREAM, null otherwise
 * @param producerIds the producers taking part
 * @param productIds the products featured (a flash deal must sell one of a livestream's)
 */
public record Activity(
        String id,
        ActivityKind kind,
        String title,
        String stage,
        String boothCode,
        Instant startsAt,
        Instant endsAt,
        Livestream livestream,
        List<String> producerIds,
        List<String> productIds) {

    public record Livestream(Platform platform, String host, String url) {}

    public Activity {
        producerIds = producerIds == null ? List.of() : List.copyOf(producerIds);
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        if ((stage == null || stage.isBlank()) == (boothCode == null || boothCode.isBlank())) {
            throw new ProgrammeRefusals.InvalidActivity(
                    "An activity takes place either on a stage or at a booth (one of the two)");
        }
        if (!startsAt.isBefore(endsAt)) {
            throw new ProgrammeRefusals.InvalidActivity("startsAt must be before endsAt");
        }
        if ((kind == ActivityKind.LIVESTREAM) != (livestream != null)) {
            throw new ProgrammeRefusals.InvalidActivity(
                    "A LIVESTREAM needs its livestream (platform, host, url); other kinds have none");
        }
    }

    /** The place it holds: the stage (case and spacing aside) or the booth. */
    String place() {
        return stage != null && !stage.isBlank()
                ? "stage " + stage.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                : "booth " + boothCode.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the two half-open intervals share a moment. */
    boolean overlaps(Activity other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public boolean broadcastsLive() {
        return kind == ActivityKind.LIVESTREAM;
    }
}
