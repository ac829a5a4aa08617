package vn.ocop.fair.order.web;

import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.ActuatorContract;

/** order-service's actuator answers as every service's does. */
class OrderActuatorTest extends OrderServiceTest implements ActuatorContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String application() {
        return "order-service";
    }
}
