package vn.ocop.fair.catalog.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ocop.fair.catalog.product.events.CatalogEvent;
import vn.ocop.fair.catalog.product.events.CertificateExpiring;
import vn.ocop.fair.catalog.product.events.ProductDelisted;
import vn.ocop.fair.catalog.product.events.ProductListed;
import vn.ocop.fair.catalog.product.events.ProductSnapshot;
import vn.ocop.fair.catalog.product.events.ProductUpdated;

/**
 * An OCOP product in the catalogue. It enforces its own rules (only a certified product with 3–5
 * stars and a certificate valid today is listed) and raises an event for every change others can
 * see; the events stay with the product until the outbox relay has published them.
 *
 * @param expiryNotices the certificate's expiry notices already sent
 * @param raisedEvents the events raised by the changes since this product was loaded, not yet stored
 */
public record Product(
        ProductId id,
        String producerId,
        long version,
        ProductDetails details,
        ProductStatus status,
        Instant createdAt,
        Instant changedAt,
        ExpiryNotices expiryNotices,
        List<CatalogEvent> raisedEvents) {

    static final int MIN_CERTIFIED_STARS = 3;
    static final int MAX_STARS = 5;

    public Product {
        raisedEvents = List.copyOf(raisedEvents);
    }

    /** A new product, not yet for sale; raises nothing (drafts are nobody else's business). */
    static Product draft(ProductId id, String producerId, ProductDetails details, Instant now) {
        return new Product(id, producerId, 1, details, ProductStatus.DRAFT, now, now, ExpiryNotices.NONE, List.of());
    }

    /** Puts the product on sale; raises {@link ProductListed}. Listing a listed product changes nothing. */
    Product list(LocalDate today, Instant now) {
        if (status == ProductStatus.LISTED) {
            return this;
        }
        requireListable(details, today);
        Product listed = next(details, ProductStatus.LISTED, now);
        return listed.raising(new ProductListed(id.value(), listed.version, now, listed.snapshot()));
    }

    /**
     * Replaces what the producer says about the product. A listed product must stay listable;
     * raises {@link ProductUpdated} unless it is a draft. Saying again what it already says changes
     * nothing (no new version, no event).
     */
    Product update(ProductDetails changed, LocalDate today, Instant now) {
        if (changed.equals(details)) {
            return this;
        }
        if (status == ProductStatus.LISTED) {
            requireListable(changed, today);
        }
        Product updated = next(changed, status, now);
        return status == ProductStatus.DRAFT
                ? updated
                : updated.raising(new ProductUpdated(id.value(), updated.version, now, updated.snapshot()));
    }

    /** Withdraws the product from sale; raises {@link ProductDelisted}. Delisting twice changes nothing. */
    Product delist(String reason, Instant now) {
        if (status == ProductStatus.DELISTED) {
            return this;
        }
        Product delisted = next(details, ProductStatus.DELISTED, now);
        return delisted.raising(new ProductDelisted(id.value(), delisted.version, now, delisted.snapshot(), reason));
    }

    /**
     * The daily certificate watch. A listed product whose certificate has lapsed is delisted
     * ({@link ProductDelisted} with the reason); one whose certificate has 90, then 30 days left
     * raises {@link CertificateExpiring} once per notice and remembers it. Anything else, and running
     * the watch again the same day, changes nothing.
     */
    Product watchCertificate(LocalDate today, Instant now) {
        Certificate certificate = details.certificate();
        if (status != ProductStatus.LISTED || certificate == null) {
            return this;
        }
        if (certificate.lapsedOn(today)) {
            return delist(lapsedReason(certificate), now);
        }
        OptionalInt due = certificate.noticeDue(today);
        if (due.isEmpty() || expiryNotices.sent(certificate, due.getAsInt())) {
            return this;
        }
        int threshold = due.getAsInt();
        Product noticed = new Product(
                id,
                producerId,
                version + 1,
                details,
                status,
                createdAt,
                changedAt,
                expiryNotices.plus(certificate, threshold),
                raisedEvents);
        return noticed.raising(new CertificateExpiring(
                id.value(),
                producerId,
                details.name(),
                certificate.decisionNumber(),
                certificate.expiresOn(),
                certificate.daysLeft(today),
                threshold,
                now));
    }

    /**
     * The day the certificate watch must next look at this product: when the 90-day notice is due,
     * then the 30-day one, then the lapse; none unless it is listed with a certificate. What
     * {@link #watchCertificate} would change on that day, and not before.
     */
    Optional<LocalDate> certificateWatchDue() {
        Certificate certificate = details.certificate();
        if (status != ProductStatus.LISTED || certificate == null) {
            return Optional.empty();
        }
        if (expiryNotices.sent(certificate, Certificate.LAST_NOTICE_DAYS)) {
            return Optional.of(certificate.expiresOn());
        }
        int next = expiryNotices.sent(certificate, Certificate.FIRST_NOTICE_DAYS)
                ? Certificate.LAST_NOTICE_DAYS
                : Certificate.FIRST_NOTICE_DAYS;
        return Optional.of(certificate.expiresOn().minusDays(next));
    }

    static String lapsedReason(Certificate certificate) {
        return "Giấy chứng nhận OCOP " + certificate.decisionNumber() + " hết hiệu lực từ ngày "
                + certificate.expiresOn() + " (OCOP certificate lapsed)";
    }

    /** Whether this product may be on sale today: stars and certificate. */
    static void requireListable(ProductDetails details, LocalDate today) {
        if (details.stars() < MIN_CERTIFIED_STARS || details.stars() > MAX_STARS) {
            throw NotListable.stars(details.stars());
        }
        if (details.certificate() == null) {
            throw NotListable.noCertificate();
        }
        if (!details.certificate().validOn(today)) {
            throw NotListable.certificateNotValid(details.certificate(), today);
        }
    }

    public ProductSnapshot snapshot() {
        Certificate c = details.certificate();
        return new ProductSnapshot(
                details.name(),
                details.description(),
                details.group().name(),
                details.stars(),
                details.priceVnd(),
                details.unit(),
                producerId,
                status.name(),
                details.images(),
                c == null
                        ? null
                        : new ProductSnapshot.Certificate(
                                c.decisionNumber(), c.issuingBody(), c.issuedOn(), c.expiresOn()),
                null,
                null);
    }

    private Product next(ProductDetails newDetails, ProductStatus newStatus, Instant now) {
        return new Product(
                id, producerId, version + 1, newDetails, newStatus, createdAt, now, expiryNotices, raisedEvents);
    }

    private Product raising(CatalogEvent event) {
        List<CatalogEvent> events = new ArrayList<>(raisedEvents);
        events.add(event);
        return new Product(id, producerId, version, details, status, createdAt, changedAt, expiryNotices, events);
    }
}
