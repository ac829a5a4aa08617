package vn.ocop.fair.catalog.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.access.Actor;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.ProductDetails;

/**
 * Lists a handful of real Hanoi OCOP product lines into an empty catalogue, through the same path a
 * producer's request takes, so their events flow to the other services too. Written for this
 * project; prices are illustrative.
 */
@Component
@ConditionalOnBooleanProperty("ocop.catalog.demo-data")
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    static final List<ProductDetails> PRODUCTS = List.of(
            new ProductDetails(
                    "Khăn lụa tơ tằm Vạn Phúc",
                    "Khăn lụa dệt thủ công tại làng lụa Vạn Phúc, Hà Đông",
                    OcopGroup.HANDICRAFT,
                    5,
                    450_000,
                    "chiếc",
                    "htx-lua-van-phuc"),
            new ProductDetails(
                    "Bộ ấm chén men lam Bát Tràng",
                    "Gốm men lam vẽ tay, làng gốm Bát Tràng",
                    OcopGroup.HANDICRAFT,
                    4,
                    1_250_000,
                    "bộ",
                    "cty-gom-bat-trang"),
            new ProductDetails(
                    "Giỏ mây tre đan Phú Vinh",
                    "Giỏ đan tay từ mây và tre, làng nghề Phú Vinh",
                    OcopGroup.HANDICRAFT,
                    4,
                    320_000,
                    "chiếc",
                    "htx-may-tre-phu-vinh"),
            new ProductDetails(
                    "Chè xanh Ba Vì",
                    "Chè búp sấy khô vùng Ba Vì",
                    OcopGroup.BEVERAGE,
                    3,
                    180_000,
                    "hộp",
                    "htx-che-ba-vi"),
            new ProductDetails(
                    "Nem Phùng",
                    "Nem chua thính, đặc sản Phùng, Đan Phượng",
                    OcopGroup.FOOD,
                    4,
                    60_000,
                    "chục",
                    "ho-nem-phung"),
            new ProductDetails(
                    "Miến dong Minh Hồng",
                    "Miến dong làm từ củ dong riềng, Minh Hồng, Ba Vì",
                    OcopGroup.FOOD,
                    4,
                    90_000,
                    "kg",
                    "htx-mien-minh-hong"));

    private final Catalogue catalogue;

    DemoCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalogue.isEmpty()) {
            return;
        }
        Actor demo = Actor.system("demo-data");
        PRODUCTS.forEach(product -> catalogue.list(product, demo));
        log.info("Listed {} demo products", PRODUCTS.size());
    }
}
