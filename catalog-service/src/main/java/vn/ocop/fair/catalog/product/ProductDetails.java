package vn.ocop.fair.catalog.product;

import java.util.List;

/**
 * What a producer says about a product; everything but who owns it and where it stands.
 *
 * @param priceVnd whole đồng: VND has no minor unit
 * @param unit how it is sold: hộp, chai, kg, chiếc…
 * @param images image URLs, first one shown first
 * @param certificate the OCOP certification decision; a product without one cannot be listed
 */
public record ProductDetails(
        String name,
        String description,
        OcopGroup group,
        int stars,
        long priceVnd,
        String unit,
        List<String> images,
        Certificate certificate) {

    public ProductDetails {
        images = images == null ? List.of() : List.copyOf(images);
    }
}
