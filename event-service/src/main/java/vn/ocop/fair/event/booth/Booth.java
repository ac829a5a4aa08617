package vn.ocop.fair.event.booth;

/**
 * One booth of a fair's layout.
 *
 * @param code e.g. {@code A-01}; unique within the fair
 * @param zone e.g. {@code Khu A — Thủ công mỹ nghệ}
 * @param sizeM2 floor area in square metres
 * @param priceVnd the rent for the whole fair, whole đồng
 * @param gridX column on the floor plan
 * @param gridY row on the floor plan
 * @param blocked taken out of use by the organiser (a pillar, a fire exit, the organiser's desk)
 */
public record Booth(
        String fairId,
        String code,
        String zone,
        BoothType type,
        double sizeM2,
        long priceVnd,
        int gridX,
        int gridY,
        boolean blocked) {}
