package vn.ocop.fair.order.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.catalog.CatalogProducts;
import vn.ocop.fair.order.fair.Booths;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.fair.Promotions;
import vn.ocop.fair.order.ordering.Orders;

/**
 * What the order tests over HTTP share: the running service's port and API, its orders and the read
 * models a test fills (products, fairs, promotions, booths) before ordering.
 */
@OrderIntegrationTest
public abstract class OrderServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Orders orders;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected CatalogProducts products;

    @Autowired
    protected Fairs fairs;

    @Autowired
    protected Promotions promotions;

    @Autowired
    protected Booths booths;

    /** The order API on the running service. */
    protected OrderApi api;

    /** The read models, for a test to fill. */
    protected ReadModels readModels;

    @BeforeEach
    void connectToTheService() {
        api = new OrderApi(port);
        readModels = new ReadModels(products, fairs, promotions, booths);
    }
}
