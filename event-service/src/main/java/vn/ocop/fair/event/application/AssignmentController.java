package vn.ocop.fair.event.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.booth.FloorPlan.AssignmentView;
import vn.ocop.fair.event.booth.Period;
import vn.ocop.fair.support.security.Caller;

/**
 * Booth allocation over HTTP: organisers assign a booth to an approved application and release it;
 * a producer withdrawing its application frees the booths it held.
 */
@RestController
@RequestMapping("/api/fairs/{fairId}")
class AssignmentController {

    private static final String ASSIGNMENT = "/booths/{code}/assignment";

    private final BoothAllocation allocation;

    AssignmentController(BoothAllocation allocation) {
        this.allocation = allocation;
    }

    @PutMapping(ASSIGNMENT)
    AssignmentView assign(
            @PathVariable String fairId, @PathVariable String code, @Valid @RequestBody AssignRequest request) {
        return AssignmentView.of(
                allocation.assign(fairId, code, request.applicationId(), request.period(), request.productIds()));
    }

    /** Releases the assignment ({@code assignmentId}, else the one on now, else the next) and offers the booth to the waitlist. */
    @DeleteMapping(ASSIGNMENT)
    ReleaseView release(
            @PathVariable String fairId,
            @PathVariable String code,
            @RequestParam(required = false) @Size(max = 64) String assignmentId,
            @RequestParam(required = false) @Size(max = 500) String reason) {
        BoothAllocation.Released released = allocation.release(
                fairId,
                code,
                assignmentId,
                reason == null ? "Ban tổ chức thu hồi gian hàng (released by the organiser)" : reason);
        return new ReleaseView(
                AssignmentView.of(released.released()),
                released.promoted().map(AssignmentView::of).orElse(null));
    }

    @PostMapping("/applications/{applicationId}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(
            @PathVariable String fairId,
            @PathVariable String applicationId,
            @Valid @RequestBody(required = false) WithdrawalRequest request,
            @AuthenticationPrincipal Jwt token) {
        allocation.withdraw(fairId, applicationId, Caller.of(token), request == null ? null : request.reason());
    }

    /**
     * @param startsAt with endsAt, the period within the fair; both absent = the whole fair
     * @param productIds the products sold at the booth; absent = all the application's
     */
    record AssignRequest(
            @NotBlank @Size(max = 64) String applicationId,
            Instant startsAt,
            Instant endsAt,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> productIds) {

        Period period() {
            if (startsAt == null && endsAt == null) {
                return null;
            }
            if (startsAt == null || endsAt == null) {
                throw new CommonRefusals.InvalidRequest("give both startsAt and endsAt, or neither for the whole fair");
            }
            return new Period(startsAt, endsAt);
        }
    }

    record WithdrawalRequest(@Size(max = 500) String reason) {}

    /** @param promoted the waitlisted exhibitor who got the booth, or null */
    record ReleaseView(AssignmentView released, AssignmentView promoted) {}
}
