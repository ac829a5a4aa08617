package vn.ocop.fair.catalog.product.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.fair.catalog.fair.FairStand;
import vn.ocop.fair.catalog.product.Certificate;
import vn.ocop.fair.catalog.product.Product;
import vn.ocop.fair.catalog.product.ProductDetails;

record ProductView(
        String id,
        long version,
        String producerId,
        String name,
        String description,
        String group,
        String groupLabel,
        int stars,
        long priceVnd,
        String unit,
        List<String> images,
        CertificateView certificate,
        String status,
        Instant createdAt,
        Instant changedAt,
        List<FairView> fairs) {

    /** Where the product is on sale: a fair and a booth there. */
    record FairView(String fairId, String boothCode, String fairName, LocalDate startsOn, LocalDate endsOn) {}

    record CertificateView(String decisionNumber, String issuingBody, LocalDate issuedOn, LocalDate expiresOn) {}

    static ProductView of(Product product, List<FairStand> fairs) {
        ProductDetails d = product.details();
        Certificate c = d.certificate();
        return new ProductView(
                product.id().value(),
                product.version(),
                product.producerId(),
                d.name(),
                d.description(),
                d.group().name(),
                d.group().vietnameseLabel(),
                d.stars(),
                d.priceVnd(),
                d.unit(),
                d.images(),
                c == null
                        ? null
                        : new CertificateView(c.decisionNumber(), c.issuingBody(), c.issuedOn(), c.expiresOn()),
                product.status().name(),
                product.createdAt(),
                product.changedAt(),
                fairs.stream()
                        .map(f -> new FairView(f.fairId(), f.boothCode(), f.fairName(), f.startsOn(), f.endsOn()))
                        .toList());
    }
}
