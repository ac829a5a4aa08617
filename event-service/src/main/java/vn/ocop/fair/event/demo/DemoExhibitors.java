package vn.ocop.fair.event.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.fair.event.application.BoothAllocation;
import vn.ocop.fair.event.application.Decision;
import vn.ocop.fair.event.application.ExhibitorApplication;
import vn.ocop.fair.event.application.ExhibitorApplications;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.event.product.CatalogProducts;

/**
 * The producers of the demo catalogue who exhibit at the demo fairs, and how each comes to: it
 * applies with its listed products for the booths it would like, is approved and gets the first,
 * through the same use cases as a producer's and an organiser's requests.
 */
class DemoExhibitors {

    /** Producers of the demo catalogue at the trade week, with the booths they would like. */
    static final Map<String, List<String>> EXHIBITORS = Map.ofEntries(
            Map.entry("htx-lua-van-phuc", List.of("A-01")),
            Map.entry("cty-gom-bat-trang", List.of("A-02")),
            Map.entry("htx-may-tre-phu-vinh", List.of("A-03")),
            Map.entry("htx-non-chuong", List.of("A-04")),
            Map.entry("htx-vun-art", List.of("A-05")),
            Map.entry("htx-che-ba-vi", List.of("C-01")),
            Map.entry("cty-sua-tuoi-ba-vi", List.of("C-02")),
            Map.entry("ho-nem-phung", List.of("C-03")),
            Map.entry("htx-gio-cha-uoc-le", List.of("C-04")),
            Map.entry("htx-mien-minh-hong", List.of("C-05")),
            Map.entry("htx-thuoc-nam-dao-ba-vi", List.of("E-01")),
            Map.entry("htx-huong-quang-phu-cau", List.of("E-02")));

    static final String SILK_PRODUCER = "htx-lua-van-phuc";

    private static final Logger log = LoggerFactory.getLogger(DemoExhibitors.class);

    private final ExhibitorApplications applications;
    private final BoothAllocation allocation;
    private final CatalogProducts products;

    DemoExhibitors(ExhibitorApplications applications, BoothAllocation allocation, CatalogProducts products) {
        this.applications = applications;
        this.allocation = allocation;
        this.products = products;
    }

    /** How many listed products the read model has of each trade-week exhibitor. */
    Map<String, Integer> listedPerExhibitor() {
        return EXHIBITORS.keySet().stream()
                .collect(Collectors.toMap(
                        producer -> producer,
                        producer -> products.listedOf(producer).size()));
    }

    /** Every exhibitor with listed products at the booth it would like; one refused is left out. */
    void exhibitAll(String fairId) {
        for (Map.Entry<String, List<String>> exhibitor : EXHIBITORS.entrySet()) {
            List<String> theirs = products.listedOf(exhibitor.getKey()).stream()
                    .map(CatalogProduct::productId)
                    .toList();
            if (theirs.isEmpty()) {
                continue;
            }
            try {
                exhibit(fairId, exhibitor.getKey(), theirs, exhibitor.getValue());
            } catch (RuntimeException refused) {
                log.warn("Demo fairs: {} not assigned at the trade week: {}", exhibitor.getKey(), refused.getMessage());
            }
        }
    }

    /** Vạn Phúc's silk scarf (else its first listed product) alone at {@code booth}; answers the product. */
    CatalogProduct silkScarfAt(String fairId, String booth) {
        List<CatalogProduct> silk = products.listedOf(SILK_PRODUCER);
        CatalogProduct scarf = silk.stream()
                .filter(p -> p.name().startsWith("Khăn lụa"))
                .findFirst()
                .orElse(silk.get(0));
        exhibit(fairId, SILK_PRODUCER, List.of(scarf.productId()), List.of(booth));
        return scarf;
    }

    /** The producer applies with its products for the booths it prefers, is approved and gets the first. */
    private void exhibit(String fairId, String producerId, List<String> productIds, List<String> booths) {
        ExhibitorApplication applied = applications.apply(fairId, DemoFairs.ORGANISER, producerId, productIds, booths);
        applications.decide(fairId, applied.id(), Decision.APPROVED, null);
        allocation.assign(fairId, booths.get(0), applied.id(), null, null);
    }
}
