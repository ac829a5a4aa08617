package vn.ocop.fair.catalog.product.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The product as it stands after an event.
 *
 * @param group the OCOP group code (FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM)
 * @param priceVnd whole đồng
 * @param status DRAFT, LISTED or DELISTED
 * @param images image URLs
 * @param certificate the OCOP certification decision, or null
 * @param producerName the producer's (chủ thể's) name, as catalog registered it
 * @param producerProvince the producer's province or city, e.g. {@code Hà Nội}
 */
public record ProductSnapshot(
        String name,
        String description,
        String group,
        int stars,
        long priceVnd,
        String unit,
        String producerId,
        String status,
        List<String> images,
        Certificate certificate,
        String producerName,
        String producerProvince) {

    /** This snapshot with the producer's name and province, which the product itself does not hold. */
    public ProductSnapshot withProducer(String name, String province) {
        return new ProductSnapshot(
                this.name,
                description,
                group,
                stars,
                priceVnd,
                unit,
                producerId,
                status,
                images,
                certificate,
                name,
                province);
    }

    /** @param expiresOn the first day it is no longer valid */
    public record Certificate(String decisionNumber, String issuingBody, LocalDate issuedOn, LocalDate expiresOn) {}
}
