package vn.ocop.fair.catalog.product;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * An OCOP certification decision (number, date, issuing body). An OCOP certificate is valid for 36
 * months from its issue date unless the decision says otherwise; it can also be revoked, which
 * delists the product.
 *
 * @param decisionNumber e.g. {@code 1234/QĐ-UBND}
 * @param issuingBody e.g. {@code UBND TP Hà Nội}
 * @param expiresOn the first day it is no longer valid
 */
public record Certificate(String decisionNumber, String issuingBody, LocalDate issuedOn, LocalDate expiresOn) {

    public static final Period VALIDITY = Period.ofMonths(36);

    /** Days before expiry at which the producer is told, once each: the first notice, then the last. */
    public static final int FIRST_NOTICE_DAYS = 90;

    public static final int LAST_NOTICE_DAYS = 30;

    public Certificate {
        if (expiresOn == null && issuedOn != null) {
            expiresOn = issuedOn.plus(VALIDITY);
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && day.isBefore(expiresOn);
    }

    /** Whether the certificate has run out by {@code day} (not merely: is not yet valid). */
    public boolean lapsedOn(LocalDate day) {
        return !day.isBefore(expiresOn);
    }

    /** Days from {@code day} to the first day it is no longer valid. */
    public int daysLeft(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, expiresOn);
    }

    /** The expiry notice due on {@code day} (90 or 30 days left, the nearer one), if any. */
    OptionalInt noticeDue(LocalDate day) {
        if (!validOn(day)) {
            return OptionalInt.empty();
        }
        int left = daysLeft(day);
        if (left <= LAST_NOTICE_DAYS) {
            return OptionalInt.of(LAST_NOTICE_DAYS);
        }
        return left <= FIRST_NOTICE_DAYS ? OptionalInt.of(FIRST_NOTICE_DAYS) : OptionalInt.empty();
    }
}
