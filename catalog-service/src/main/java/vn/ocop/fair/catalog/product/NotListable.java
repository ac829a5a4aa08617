package vn.ocop.fair.catalog.product;

import java.time.LocalDate;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** Why a product cannot be (or stay) listed; each reason has its own problem type. */
public class NotListable extends Unprocessable {

    public enum Reason {
        NOT_OCOP_CERTIFIED("not-ocop-certified"),
        CERTIFICATE_MISSING("certificate-missing"),
        CERTIFICATE_NOT_VALID("certificate-not-valid");

        private final String problemType;

        Reason(String problemType) {
            this.problemType = problemType;
        }

        public String problemType() {
            return problemType;
        }
    }

    private final Reason reason;

    private NotListable(Reason reason, String message) {
        super(reason.problemType(), "The product cannot be listed", message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static NotListable stars(int stars) {
        return new NotListable(
                Reason.NOT_OCOP_CERTIFIED,
                "A product rated " + stars + " stars is not OCOP-certified: only 3 to 5 stars may be listed");
    }

    static NotListable noCertificate() {
        return new NotListable(
                Reason.CERTIFICATE_MISSING,
                "A product needs its OCOP certificate (decision number and dates) to be listed");
    }

    static NotListable certificateNotValid(Certificate certificate, LocalDate today) {
        return new NotListable(
                Reason.CERTIFICATE_NOT_VALID,
                "Certificate " + certificate.decisionNumber() + " is valid from " + certificate.issuedOn() + " until "
                        + certificate.expiresOn().minusDays(1) + ", not on " + today);
    }
}
