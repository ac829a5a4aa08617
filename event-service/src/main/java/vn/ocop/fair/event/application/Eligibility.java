package vn.ocop.fair.event.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.fair.event.booth.FairTerms;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.event.product.CatalogProducts;

/**
 * Whether a producer may exhibit these products at a fair, from the catalogue's product snapshots:
 * every product known, the producer's own, listed, with at least the fair's minimum stars, a
 * certificate valid through the fair's last day, and a producer from a province the theme allows.
 * Checked when applying and again at approval.
 */
@Component
class Eligibility {

    private final CatalogProducts products;

    Eligibility(CatalogProducts products) {
        this.products = products;
    }

    /** Every rule each product fails; empty when the producer is eligible. */
    List<Failure> check(FairTerms fair, String producerId, List<String> productIds) {
        return check(fair, producerId, productIds, products.findAll(productIds));
    }

    /** Every rule each product fails, given the products the catalogue knows of them. */
    static List<Failure> check(
            FairTerms fair, String producerId, List<String> productIds, Map<String, CatalogProduct> known) {
        List<Failure> failures = new ArrayList<>();
        for (String id : productIds) {
            CatalogProduct product = known.get(id);
            if (product == null) {
                failures.add(new Failure(id, "unknown-product", "Sản phẩm " + id + " is not in the catalogue"));
                continue;
            }
            failures.addAll(check(fair, producerId, product));
        }
        return failures;
    }

    void require(FairTerms fair, String producerId, List<String> productIds) {
        List<Failure> failures = check(fair, producerId, productIds);
        if (!failures.isEmpty()) {
            throw new ApplicationRefusals.NotEligible(failures);
        }
    }

    static List<Failure> check(FairTerms fair, String producerId, CatalogProduct p) {
        List<Failure> failures = new ArrayList<>();
        String id = p.productId();
        if (!producerId.equals(p.producerId())) {
            failures.add(new Failure(id, "other-producer", p.name() + " belongs to producer " + p.producerId()));
        }
        if (!p.listed()) {
            failures.add(new Failure(id, "not-listed", p.name() + " is " + p.status() + ", not LISTED"));
        }
        if (p.stars() < fair.minimumStars()) {
            failures.add(new Failure(
                    id,
                    "stars-below-minimum",
                    p.name() + " has " + p.stars() + " star(s); the fair requires " + fair.minimumStars()));
        }
        if (p.certificateExpiresOn() == null) {
            failures.add(new Failure(id, "no-certificate", p.name() + " has no OCOP certificate"));
        } else if (!p.certificateExpiresOn().isAfter(fair.lastDay())) {
            failures.add(new Failure(
                    id,
                    "certificate-expires-during-fair",
                    p.name() + "'s certificate is no longer valid from " + p.certificateExpiresOn()
                            + "; it must be valid through the fair's last day " + fair.lastDay()));
        }
        if (!fair.allowedProvinces().isEmpty() && !allowed(fair.allowedProvinces(), p.producerProvince())) {
            failures.add(new Failure(
                    id,
                    "province-not-allowed",
                    "producer " + p.producerId() + " is from " + p.producerProvince() + "; the fair admits "
                            + String.join(", ", fair.allowedProvinces())));
        }
        return failures;
    }

    private static boolean allowed(List<String> provinces, String province) {
        return province != null && provinces.stream().map(Eligibility::key).anyMatch(key(province)::equals);
    }

    private static String key(String province) {
        return Normalizer.normalize(province.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * @param rule unknown-product, other-producer, not-listed, stars-below-minimum, no-certificate,
     *     certificate-expires-during-fair or province-not-allowed
     */
    record Failure(String productId, String rule, String detail) {}
}
