package vn.ocop.fair.event.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.ocop.fair.support.security.Caller;

/**
 * Exhibitor applications over HTTP: producers apply, organisers decide. Withdrawing frees the
 * application's booths, so it is answered with the other booth allocations in {@link
 * AssignmentController}.
 */
@RestController
@RequestMapping("/api/fairs/{fairId}/applications")
class ApplicationController {

    private final ExhibitorApplications applications;

    ApplicationController(ExhibitorApplications applications) {
        this.applications = applications;
    }

    @PostMapping
    ResponseEntity<ApplicationView> apply(
            @PathVariable String fairId, @Valid @RequestBody ApplyRequest request, @AuthenticationPrincipal Jwt token) {
        ExhibitorApplication application = applications.apply(
                fairId, Caller.of(token), request.producerId(), request.productIds(), request.boothPreferences());
        return ResponseEntity.created(URI.create("/api/fairs/" + fairId + "/applications/" + application.id()))
                .body(ApplicationView.of(application, null));
    }

    @GetMapping
    PageView<ApplicationView> list(
            @PathVariable String fairId,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal Jwt token) {
        var found = applications.page(fairId, Caller.of(token), status, page, size);
        return new PageView<>(found.items().stream().map(this::view).toList(), page, size, found.total());
    }

    @GetMapping("/{applicationId}")
    ApplicationView get(
            @PathVariable String fairId, @PathVariable String applicationId, @AuthenticationPrincipal Jwt token) {
        return view(applications.visible(fairId, applicationId, Caller.of(token)));
    }

    @PostMapping("/{applicationId}/decision")
    ApplicationView decide(
            @PathVariable String fairId,
            @PathVariable String applicationId,
            @Valid @RequestBody DecisionRequest request) {
        return view(applications.decide(fairId, applicationId, request.decision(), request.reason()));
    }

    private ApplicationView view(ExhibitorApplication a) {
        return ApplicationView.of(
                a, a.status() == ApplicationStatus.WAITLISTED ? applications.waitlistPosition(a) : null);
    }

    /**
     * @param producerId the producer applying; a producer's token says it (and may only name its own),
     *     an organiser applying on a producer's behalf must name it
     * @param boothPreferences booth codes, most wanted first; empty = any booth
     */
    record ApplyRequest(
            @Size(max = 64) String producerId,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> productIds,
            @Size(max = 20) List<@NotBlank @Size(max = 16) String> boothPreferences) {}

    /** @param reason required for REJECTED */
    record DecisionRequest(
            @NotNull Decision decision, @Size(max = 500) String reason) {}
}
