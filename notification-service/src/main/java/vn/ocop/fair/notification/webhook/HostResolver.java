package vn.ocop.fair.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Looks a host name up (the system's resolver in production, {@link WebhookConfig}); each webhook
 * call asks it once, checks every address it answers and connects only to those.
 */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;
}
