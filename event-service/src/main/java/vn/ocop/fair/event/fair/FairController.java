package vn.ocop.fair.event.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.event.PageView;
import vn.ocop.fair.support.security.Caller;

/** Fairs over HTTP: browsing is public (drafts: organisers only), changes are the organisers'. */
@RestController
@RequestMapping("/api/fairs")
class FairController {

    private final FairPlanning planning;
    private final FairCalendar calendar;

    FairController(FairPlanning planning, FairCalendar calendar) {
        this.planning = planning;
        this.calendar = calendar;
    }

    record Cancellation(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping
    ResponseEntity<FairView> draft(@Valid @RequestBody FairRequest request, @AuthenticationPrincipal Jwt token) {
        Fair fair = planning.draft(request.plan(), request.organiserId(), Caller.of(token));
        return ResponseEntity.created(URI.create("/api/fairs/" + fair.id())).body(FairView.of(fair));
    }

    @GetMapping
    PageView<FairView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) FairStatus status,
            @RequestParam(required = false) @Size(max = 100) String province,
            @RequestParam(required = false) FairKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal Jwt token) {
        PageView.checkPaging(page, size);
        var found =
                planning.list(new FairQuery(from, to, status, province, kind, page, size), Caller.orAnonymous(token));
        return new PageView<>(
                found.items().stream().map(FairView::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping(value = "/calendar.ics", produces = Ics.MEDIA_TYPE)
    String calendar() {
        return calendar.feed();
    }

    @GetMapping("/{fairId}")
    FairView one(@PathVariable String fairId, @AuthenticationPrincipal Jwt token) {
        return FairView.of(planning.find(fairId, Caller.orAnonymous(token)));
    }

    @PutMapping("/{fairId}")
    FairView edit(@PathVariable String fairId, @Valid @RequestBody FairRequest request) {
        return FairView.of(planning.edit(fairId, request.plan(), request.version()));
    }

    @PostMapping("/{fairId}/publication")
    FairView publish(@PathVariable String fairId) {
        return FairView.of(planning.publish(fairId));
    }

    @PostMapping("/{fairId}/cancellation")
    FairView cancel(@PathVariable String fairId, @Valid @RequestBody Cancellation cancellation) {
        return FairView.of(planning.cancel(fairId, cancellation.reason()));
    }
}
