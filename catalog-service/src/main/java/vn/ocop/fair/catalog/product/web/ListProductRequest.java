package vn.ocop.fair.catalog.product.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.ProductDetails;

/** A producer's request to list a product. Stars are checked by the product itself (422). */
record ListProductRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull OcopGroup group,
        @NotNull Integer stars,
        @NotNull @Positive @Max(1_000_000_000) Long priceVnd,
        @NotBlank @Size(max = 30) String unit,
        @NotBlank @Size(max = 64) String producerId) {

    ProductDetails toDetails() {
        return new ProductDetails(name.strip(), description, group, stars, priceVnd, unit.strip(), producerId);
    }
}
