package vn.ocop.fair.event.fair;

import java.util.List;

/**
 * Who may exhibit: products of at least {@code minimumStars}, producers from {@code
 * allowedProvinces} (empty = any), at most {@code boothsPerProducer} booths each at the same time, of which the
 * organiser pays {@code boothSubsidyPercent}.
 */
public record EntryRules(
        int minimumStars, List<String> allowedProvinces, int boothsPerProducer, int boothSubsidyPercent) {

    public static final int DEFAULT_BOOTHS_PER_PRODUCER = 2;

    public EntryRules {
        allowedProvinces = allowedProvinces == null ? List.of() : List.copyOf(allowedProvinces);
        if (minimumStars < 3 || minimumStars > 5) {
            throw new FairRefusals.InvalidFair("minimumStars must be 3, 4 or 5 (OCOP ratings start at 3 stars)");
        }
        if (boothsPerProducer < 1) {
            throw new FairRefusals.InvalidFair("boothsPerProducer must be at least 1");
        }
        if (boothSubsidyPercent < 0 || boothSubsidyPercent > 100) {
            throw new FairRefusals.InvalidFair("boothSubsidyPercent must be between 0 and 100");
        }
    }

    /** 3 stars, any province, two booths per producer, no subsidy. */
    public static EntryRules defaults() {
        return new EntryRules(3, List.of(), DEFAULT_BOOTHS_PER_PRODUCER, 0);
    }
}
