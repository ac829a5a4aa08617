package vn.ocop.fair.notification;

import vn.ocop.fair.testsupport.ActuatorContract;
import vn.ocop.fair.testsupport.ForgedRoleContract;
import vn.ocop.fair.testsupport.OpenApiContract;

class NotificationServiceStartsTest extends ServiceTest
        implements ActuatorContract, OpenApiContract, ForgedRoleContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String application() {
        return "notification-service";
    }

    @Override
    public String gatewayRoute() {
        return "/api/notifications";
    }
}
