package vn.ocop.fair.event.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.ocop.fair.event.CommonRefusals;
import vn.ocop.fair.event.booth.Assignment;
import vn.ocop.fair.event.booth.BoothAssignments;
import vn.ocop.fair.event.booth.FairTerms;
import vn.ocop.fair.event.booth.FairTermsLookup;
import vn.ocop.fair.event.booth.Period;
import vn.ocop.fair.support.security.Caller;
import vn.ocop.fair.support.web.RefusedRequest;

/**
 * Booths for approved exhibitors: assigns a booth to an approved application's producer, and on a
 * release offers the booth to the fair's waitlist in order — the first waitlisted application that
 * would take it (it prefers the booth or has no preference), is still eligible and can hold it then
 * is approved and assigned the booth for the rest of the released period.
 */
@Service
public class BoothAllocation {

    private static final Logger log = LoggerFactory.getLogger(BoothAllocation.class);
    static final String PROMOTED = "Được xếp gian hàng từ danh sách chờ (promoted from the waitlist)";

    private final FairTermsLookup fairs;
    private final BoothAssignments assignments;
    private final ExhibitorApplications exhibitors;
    private final Applications applications;
    private final Eligibility eligibility;
    private final Clock clock;

    BoothAllocation(
            FairTermsLookup fairs,
            BoothAssignments assignments,
            ExhibitorApplications exhibitors,
            Applications applications,
            Eligibility eligibility,
            ObjectProvider<Clock> clock) {
        this.fairs = fairs;
        this.assignments = assignments;
        this.exhibitors = exhibitors;
        this.applications = applications;
        this.eligibility = eligibility;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Assigns the booth to the approved application's producer for {@code period} (null: the whole
     * fair) with the application's products, or {@code productIds} if given (a subset of them).
     */
    public Assignment assign(
            String fairId, String boothCode, String applicationId, Period period, List<String> productIds) {
        FairTerms fair = fairs.require(fairId);
        ExhibitorApplication application = exhibitors.require(fairId, applicationId);
        if (application.status() != ApplicationStatus.APPROVED) {
            throw new ApplicationRefusals.NotApproved(application);
        }
        List<String> products = productIds == null || productIds.isEmpty() ? application.productIds() : productIds;
        if (!application.productIds().containsAll(products)) {
            throw new CommonRefusals.InvalidRequest(
                    "the booth's products must be among the application's " + application.productIds());
        }
        return assignments.assign(fair, boothCode, application.producerId(), application.id(), products, period);
    }

    /** Releases the booth and offers it to the waitlist; says who got it, if anyone. */
    public Released release(String fairId, String boothCode, String assignmentId, String reason) {
        FairTerms fair = fairs.require(fairId);
        Assignment released = assignments.release(fair, boothCode, assignmentId, reason);
        return new Released(released, offerToWaitlist(fair, released));
    }

    /** Withdraws an application; an approved one's booths are released and offered to the waitlist. */
    void withdraw(String fairId, String applicationId, Caller caller, String reason) {
        ExhibitorApplication before = exhibitors.withdraw(fairId, applicationId, caller, reason);
        if (before.status() == ApplicationStatus.APPROVED) {
            for (Assignment a : assignments.ofApplication(fairId, applicationId)) {
                release(fairId, a.boothCode(), a.assignmentId(), "Chủ thể rút đơn tham gia (application withdrawn)");
            }
        }
    }

    private Optional<Assignment> offerToWaitlist(FairTerms fair, Assignment released) {
        Instant now = clock.instant();
        Instant from =
                released.period().startsAt().isAfter(now) ? released.period().startsAt() : now;
        if (!from.isBefore(released.period().endsAt())) {
            return Optional.empty(); // the period is over: nothing left to offer
        }
        Period offered = new Period(from, released.period().endsAt());
        for (ExhibitorApplication candidate : applications.waitlist(fair.fairId())) {
            if (!candidate.wouldTake(released.boothCode())
                    || !eligibility
                            .check(fair, candidate.producerId(), candidate.productIds())
                            .isEmpty()) {
                continue;
            }
            Optional<Assignment> taken = tryPromote(fair, candidate, released.boothCode(), offered);
            if (taken.isPresent()) {
                return taken;
            }
        }
        return Optional.empty();
    }

    private Optional<Assignment> tryPromote(
            FairTerms fair, ExhibitorApplication candidate, String code, Period period) {
        Assignment assignment;
        try {
            assignment = assignments.assign(
                    fair, code, candidate.producerId(), candidate.id(), candidate.productIds(), period);
        } catch (RefusedRequest e) {
            log.debug("Waitlisted application {} cannot take booth {}: {}", candidate.id(), code, e.getMessage());
            return Optional.empty();
        }
        try {
            exhibitors.decide(fair, candidate, Decision.APPROVED, PROMOTED);
            return Optional.of(assignment);
        } catch (RefusedRequest e) { // withdrawn or decided meanwhile: give the booth back and go on down the list
            assignments.release(fair, code, assignment.assignmentId(), "Đơn đã thay đổi (application changed)");
            return Optional.empty();
        }
    }

    /** @param promoted the waitlisted application's assignment of the booth, if one took it */
    public record Released(Assignment released, Optional<Assignment> promoted) {}
}
