package vn.ocop.fair.event.booth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.support.security.Caller;

/** The booth layout and floor plan of a fair over HTTP; organisers change it, anyone may look. */
@RestController
@RequestMapping("/api/fairs/{fairId}/booths")
class BoothController {

    /** The most a booth may cost for the whole fair: one billion đồng. */
    static final long MAX_PRICE_VND = 1_000_000_000L;

    private final BoothLayout layout;
    private final FloorPlan floorPlan;
    private final FairTermsLookup fairs;
    private final Clock clock;

    BoothController(BoothLayout layout, FloorPlan floorPlan, FairTermsLookup fairs, ObjectProvider<Clock> clock) {
        this.layout = layout;
        this.floorPlan = floorPlan;
        this.fairs = fairs;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @PostMapping
    ResponseEntity<Booth> add(@PathVariable String fairId, @Valid @RequestBody BoothRequest request) {
        Booth booth = layout.add(fairId, request.spec(), request.code(), request.gridX(), request.gridY());
        return ResponseEntity.created(URI.create("/api/fairs/" + fairId + "/booths/" + booth.code()))
                .body(booth);
    }

    @PostMapping("/grid")
    ResponseEntity<List<Booth>> addGrid(@PathVariable String fairId, @Valid @RequestBody GridRequest request) {
        List<Booth> booths = layout.addGrid(fairId, request.spec(), request.grid());
        return ResponseEntity.created(URI.create("/api/fairs/" + fairId + "/booths"))
                .body(booths);
    }

    /**
     * The floor plan now, or at {@code at} (an instant, e.g. {@code 2026-05-22T03:00:00Z}); a draft
     * fair's only to organisers (404 to anyone else, like the fair itself).
     */
    @GetMapping
    FloorPlan.View floorPlan(
            @PathVariable String fairId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            @AuthenticationPrincipal Jwt token) {
        FairTerms fair = fairs.requireVisible(fairId, Caller.orAnonymous(token).isOrganiser());
        return floorPlan.at(fair, at == null ? clock.instant() : at);
    }

    @PatchMapping("/{code}")
    Booth change(@PathVariable String fairId, @PathVariable String code, @Valid @RequestBody ChangeRequest request) {
        return layout.change(fairId, code, request.blocked(), request.priceVnd());
    }

    record BoothRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,15}", message = "like A-01: capitals, digits, dashes")
            String code,

            @NotBlank @Size(max = 120) String zone,
            @NotNull BoothType type,
            @NotNull @Positive @Max(10_000) Double sizeM2,
            @NotNull @PositiveOrZero @Max(MAX_PRICE_VND) Long priceVnd,
            @NotNull @Min(0) @Max(10_000) Integer gridX,
            @NotNull @Min(0) @Max(10_000) Integer gridY) {

        BoothLayout.BoothSpec spec() {
            return new BoothLayout.BoothSpec(zone, type, sizeM2, priceVnd);
        }
    }

    /**
     * A grid of booths: {@code rows} rows lettered from {@code row}, numbered {@code from}…{@code to},
     * all of one zone, type, size and price; {@code originX}/{@code originY} place {@code row}-{@code from}.
     */
    record GridRequest(
            @NotBlank @Size(max = 120) String zone,

            @NotBlank @Pattern(regexp = "[A-Z]", message = "one capital letter")
            String row,

            @Min(1) @Max(26) Integer rows,
            @Min(1) @Max(999) Integer from,
            @NotNull @Min(1) @Max(999) Integer to,
            @NotNull BoothType type,
            @NotNull @Positive @Max(10_000) Double sizeM2,
            @NotNull @PositiveOrZero @Max(MAX_PRICE_VND) Long priceVnd,
            @Min(0) @Max(10_000) Integer originX,
            @Min(0) @Max(10_000) Integer originY) {

        BoothLayout.BoothSpec spec() {
            return new BoothLayout.BoothSpec(zone, type, sizeM2, priceVnd);
        }

        BoothLayout.Grid grid() {
            return new BoothLayout.Grid(
                    row.charAt(0),
                    rows == null ? 1 : rows,
                    from == null ? 1 : from,
                    to,
                    originX == null ? 0 : originX,
                    originY == null ? 0 : originY);
        }
    }

    record ChangeRequest(
            Boolean blocked,
            @PositiveOrZero @Max(MAX_PRICE_VND) Long priceVnd) {}
}
