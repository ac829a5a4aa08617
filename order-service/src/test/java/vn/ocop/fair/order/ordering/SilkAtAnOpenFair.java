package vn.ocop.fair.order.ordering;

import org.junit.jupiter.api.BeforeEach;
import vn.ocop.fair.order.support.OrderServiceTest;

/** Order tests whose customers buy silk from Vạn Phúc (450,000 ₫) at an open fair. */
public abstract class SilkAtAnOpenFair extends OrderServiceTest {

    protected String fair;
    protected String silk;

    @BeforeEach
    void anOpenFairSellingSilk() {
        fair = readModels.openFair();
        silk = readModels.product("htx-lua-van-phuc", "HANDICRAFT", 450_000);
    }
}
