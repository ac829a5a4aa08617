package vn.ocop.fair.catalog.product;

import java.time.LocalDate;
import java.time.Period;

/**
 * An OCOP certification decision. Valid from its issue date for 36 months unless the decision says
 * otherwise (DOMAIN.md); it can also be revoked, which delists the product.
 *
 * @param decisionNumber e.g. {@code 1234/QĐ-UBND}
 * @param issuingBody e.g. {@code UBND TP Hà Nội}
 * @param expiresOn the first day it is no longer valid
 */
public record Certificate(String decisionNumber, String issuingBody, LocalDate issuedOn, LocalDate expiresOn) {

    public static final Period VALIDITY = Period.ofMonths(36);

    public Certificate {
        if (expiresOn == null && issuedOn != null) {
            expiresOn = issuedOn.plus(VALIDITY);
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && day.isBefore(expiresOn);
    }
}
