package vn.ocop.fair.catalog.reservation;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.StockedProducts;

/** Saga tests whose orders take from two listed products: ten packets of tea and a single silk scarf. */
abstract class TeaAndSilkOrders {

    @Autowired
    CatalogApi api;

    @Autowired
    SagaProbe probe;

    StockedProducts products;
    String tea;
    String silk;

    @BeforeEach
    void twoListedProducts() throws Exception {
        products = new StockedProducts(api);
        tea = products.listed("htx-che-ba-vi", "Chè xanh Ba Vì", 10);
        silk = products.listed("htx-lua-van-phuc", "Khăn lụa Vạn Phúc", 1);
    }
}
