package vn.ocop.fair.event.programme;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.event.PageView;
import vn.ocop.fair.event.fair.Ics;
import vn.ocop.fair.support.security.Caller;

/** A fair's programme over HTTP: public to read (a draft's: organisers only), organisers schedule. */
@RestController
@RequestMapping("/api/fairs/{fairId}")
class ProgrammeController {

    private final FairProgramme programme;

    ProgrammeController(FairProgramme programme) {
        this.programme = programme;
    }

    /** An activity as the API shows it; {@code warnings} only in the answer to scheduling it. */
    record ActivityView(@JsonUnwrapped Activity activity, List<String> warnings) {}

    @PostMapping("/activities")
    ResponseEntity<ActivityView> schedule(@PathVariable String fairId, @Valid @RequestBody ActivityRequest request) {
        FairProgramme.Scheduled scheduled = programme.schedule(fairId, request.activity());
        return ResponseEntity.created(URI.create("/api/fairs/" + fairId + "/activities/"
                        + scheduled.activity().id()))
                .body(new ActivityView(scheduled.activity(), scheduled.warnings()));
    }

    @GetMapping("/activities")
    PageView<Activity> activities(
            @PathVariable String fairId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @AuthenticationPrincipal Jwt token) {
        return PageView.of(page, size, () -> programme.activities(fairId, Caller.orAnonymous(token)));
    }

    @GetMapping(value = "/programme.ics", produces = Ics.MEDIA_TYPE)
    String calendar(@PathVariable String fairId, @AuthenticationPrincipal Jwt token) {
        List<Ics.Entry> entries = programme.activities(fairId, Caller.orAnonymous(token)).stream()
                .map(a -> new Ics.Entry(
                        a.id() + "@ocop-fair.vn",
                        a.title(),
                        a.startsAt(),
                        a.endsAt(),
                        a.stage() != null ? "Sân khấu " + a.stage() : "Gian hàng " + a.boothCode(),
                        a.livestream() == null
                                ? a.kind().name()
                                : a.kind() + " " + a.livestream().platform() + " — "
                                        + a.livestream().url()))
                .toList();
        return Ics.calendar("Chương trình hội chợ " + fairId, entries);
    }
}
