package vn.ocop.fair.catalog.product.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.fair.catalog.product.Certificate;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.ProductDetails;

/**
 * A product as a producer or organiser sends it: to create one ({@code POST}, with its producer)
 * or to replace what it says ({@code PUT}). Stars and certificate validity are judged by the
 * product itself (422), the shape here (400). Stars are on the OCOP scale, 1 to 5: a draft may hold a
 * 1- or 2-star rating (the producer prepares the product before its certification is raised), but
 * only 3 to 5 stars are ever listed.
 *
 * @param draft create without listing (default: list at once)
 */
record ProductRequest(
        @NotBlank(groups = OnCreate.class) @Size(max = 64) String producerId,
        Boolean draft,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 5000) String description,
        @NotNull OcopGroup group,
        @NotNull @Min(1) @Max(5) Integer stars,
        @NotNull @Positive @Max(1_000_000_000) Long priceVnd,
        @NotBlank @Size(max = 30) String unit,
        @Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String> images,
        @Valid CertificateRequest certificate) {

    /** Constraints that apply only when a product is created. */
    interface OnCreate extends Default {}

    ProductDetails toDetails() {
        return new ProductDetails(
                name.strip(),
                description,
                group,
                stars,
                priceVnd,
                unit.strip(),
                images,
                certificate == null ? null : certificate.toCertificate());
    }

    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** @param expiresOn optional: 36 months after {@code issuedOn} unless the decision says otherwise */
    record CertificateRequest(
            @NotBlank @Size(max = 64) String decisionNumber,
            @NotBlank @Size(max = 200) String issuingBody,
            @NotNull @PastOrPresent LocalDate issuedOn,
            LocalDate expiresOn) {

        @AssertTrue(message = "expiresOn must come after issuedOn")
        boolean isExpiryAfterIssue() {
            return expiresOn == null || issuedOn == null || expiresOn.isAfter(issuedOn);
        }

        Certificate toCertificate() {
            return new Certificate(decisionNumber.strip(), issuingBody.strip(), issuedOn, expiresOn);
        }
    }
}
