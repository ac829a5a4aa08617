package vn.ocop.fair.catalog;

import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.fair.testsupport.ActuatorContract;

/** catalog-service's actuator answers as every service's does. */
@CatalogIntegrationTest
class CatalogActuatorTest implements ActuatorContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String application() {
        return "catalog-service";
    }
}
