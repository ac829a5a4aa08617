package vn.ocop.fair.order.ordering;

import org.junit.jupiter.api.BeforeEach;
import vn.ocop.fair.order.support.OrderServiceTest;

/** Order tests whose customers buy tea from Ba Vì (180,000 ₫) at an open fair. */
abstract class TeaAtAnOpenFair extends OrderServiceTest {

    String fair;
    String tea;

    @BeforeEach
    void anOpenFairSellingTea() {
        fair = readModels.openFair();
        tea = readModels.product("htx-che-ba-vi", "BEVERAGE", 180_000);
    }
}
