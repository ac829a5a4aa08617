package vn.ocop.fair.event.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** An activity as the organiser posts it: on a {@code stage} or at a {@code boothCode}, times in UTC. */
record ActivityRequest(
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String stage,
        @Size(max = 20) String boothCode,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Valid LivestreamRequest livestream,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> producerIds,
        @Size(max = 100) List<@NotBlank @Size(max = 64) String> productIds) {

    record LivestreamRequest(
            @NotNull Platform platform,
            @NotBlank @Size(max = 100) String host,
            @NotBlank @Size(max = 500) String url) {}

    Activity activity() {
        return new Activity(
                "new",
                kind,
                title,
                stage,
                boothCode,
                startsAt,
                endsAt,
                livestream == null
                        ? null
                        : new Activity.Livestream(livestream.platform(), livestream.host(), livestream.url()),
                producerIds,
                productIds);
    }
}
