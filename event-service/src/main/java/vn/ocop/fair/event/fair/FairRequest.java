package vn.ocop.fair.event.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A fair as the organiser posts or puts it. Venue, dates and hours may wait until publishing;
 * {@code version}, on a PUT, makes the edit apply only to that version (409 otherwise).
 */
record FairRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull FairKind kind,
        @Size(max = 500) String theme,
        @Valid VenueRequest venue,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime opensAt,
        LocalTime closesAt,

        @Pattern(
                regexp = ORGANISER_ID,
                message = "like so-nong-nghiep-ha-noi: 1 to 64 lower-case letters, digits, dashes")
        String organiserId,

        @Valid EntryRulesRequest entryRules,
        Long version) {

    /** The id of an organising office, as every other id of the system: a lower-case slug. */
    static final String ORGANISER_ID = "[a-z0-9-]{1,64}";

    record VenueRequest(
            @Size(max = 200) String name,
            @Size(max = 300) String address,
            @Size(max = 100) String commune,
            @Size(max = 100) String province) {}

    record EntryRulesRequest(
            @Min(3) @Max(5) Integer minimumStars,
            @Size(max = 63) List<@NotBlank @Size(max = 100) String> allowedProvinces,
            @Min(1) @Max(50) Integer boothsPerProducer,
            @Min(0) @Max(100) Integer boothSubsidyPercent) {}

    FairPlan plan() {
        EntryRules defaults = EntryRules.defaults();
        EntryRules rules = entryRules == null
                ? defaults
                : new EntryRules(
                        entryRules.minimumStars() == null ? defaults.minimumStars() : entryRules.minimumStars(),
                        entryRules.allowedProvinces(),
                        entryRules.boothsPerProducer() == null
                                ? defaults.boothsPerProducer()
                                : entryRules.boothsPerProducer(),
                        entryRules.boothSubsidyPercent() == null ? 0 : entryRules.boothSubsidyPercent());
        return new FairPlan(
                name,
                kind,
                theme,
                venue == null ? null : new Venue(venue.name(), venue.address(), venue.commune(), venue.province()),
                startsOn,
                endsOn,
                opensAt,
                closesAt,
                rules);
    }
}
