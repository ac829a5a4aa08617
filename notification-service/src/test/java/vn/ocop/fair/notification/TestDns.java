package vn.ocop.fair.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ocop.fair.notification.webhook.HostResolver;

/** The service's resolver in tests: names a test points somewhere answer that, any other the system's answer. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDns {

    private static final Map<String, String> POINTED = new ConcurrentHashMap<>();

    /** From now on, {@code name} resolves to {@code address} (a literal). */
    public static void point(String name, String address) {
        POINTED.put(name, address);
    }

    @Bean
    @Primary
    HostResolver testHostResolver() {
        return host -> {
            String address = POINTED.get(host);
            return address != null ? new InetAddress[] {literal(address)} : InetAddress.getAllByName(host);
        };
    }

    private static InetAddress literal(String address) throws UnknownHostException {
        return InetAddress.getByName(address); // a literal: no lookup
    }
}
