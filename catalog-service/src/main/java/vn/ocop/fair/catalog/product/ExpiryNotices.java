package vn.ocop.fair.catalog.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The expiry notices (90, 30 days) a product's certificate has had, so that each goes out once. They
 * belong to one certificate: a renewed one (another decision or expiry day) starts with none.
 */
record ExpiryNotices(String decisionNumber, LocalDate expiresOn, List<Integer> thresholds) {

    static final ExpiryNotices NONE = new ExpiryNotices(null, null, List.of());

    ExpiryNotices {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    boolean sent(Certificate certificate, int threshold) {
        return isFor(certificate) && thresholds.contains(threshold);
    }

    ExpiryNotices plus(Certificate certificate, int threshold) {
        List<Integer> sent = new ArrayList<>(isFor(certificate) ? thresholds : List.of());
        sent.add(threshold);
        return new ExpiryNotices(certificate.decisionNumber(), certificate.expiresOn(), sent);
    }

    private boolean isFor(Certificate certificate) {
        return Objects.equals(decisionNumber, certificate.decisionNumber())
                && Objects.equals(expiresOn, certificate.expiresOn());
    }
}
