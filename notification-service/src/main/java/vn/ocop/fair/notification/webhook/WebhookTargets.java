package vn.ocop.fair.notification.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;

/**
 * Where webhooks may call: http(s) URLs without a user name, on port 80 or 443, whose host is a
 * name or a public address — never this machine, a private, shared (CGNAT), link-local,
 * unique-local, unspecified, multicast or reserved address, nor one of those embedded in IPv6
 * (IPv4-mapped, -compatible, NAT64, 6to4). IPv4 must be written as four decimal numbers: the
 * integer, octal and hex forms resolvers accept ({@code 2130706433}, {@code 0x7f.1},
 * {@code 0177.0.0.1}) are refused. A URL is checked when registered ({@link #check}) and again at
 * every call, where its host is resolved once and every address is checked ({@link #resolve}):
 * the client connects only to the addresses that passed, so a name re-pointed at an internal
 * address (DNS rebinding) is not called.
 *
 * <p>Hosts on the configured allow-list ({@code host} or {@code host:port}, matched against the
 * host as written in the URL) are exempt from the port and address rules.
 */
@Component
class WebhookTargets {

    static final Set<Integer> STANDARD_PORTS = Set.of(80, 443);

    private final Set<String> allowedHosts = new HashSet<>();
    private final Set<String> allowedEndpoints = new HashSet<>();
    private final HostResolver resolver;
    private final Set<Integer> ports;

    @Autowired
    WebhookTargets(NotificationProperties properties, HostResolver resolver) {
        this(properties.webhook().allowList(), resolver, STANDARD_PORTS);
    }

    WebhookTargets(List<String> allowList, HostResolver resolver, Set<Integer> ports) {
        this.resolver = resolver;
        this.ports = Set.copyOf(ports);
        for (String entry : allowList) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            int colon = e.lastIndexOf(':');
            boolean withPort = colon > 0 && (e.startsWith("[") ? e.charAt(colon - 1) == ']' : e.indexOf(':') == colon);
            if (withPort) {
                int port;
                try {
                    port = Integer.parseInt(e.substring(colon + 1));
                } catch (NumberFormatException bad) {
                    throw new IllegalArgumentException("webhook allow-list entry is not host or host:port: " + entry);
                }
                allowedEndpoints.add(host(e.substring(0, colon)) + ":" + port);
            } else {
                allowedHosts.add(host(e));
            }
        }
    }

    /**
     * The URL as it will be stored and called.
     *
     * @throws InvalidWebhook if it is not an absolute http(s) URL
     * @throws WebhookTargetNotAllowed if it points where webhooks must not call
     */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidWebhook("url is not a URL: " + url);
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new InvalidWebhook("url must be an absolute http(s) URL: " + url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidWebhook("url must be an absolute http(s) URL: " + url);
        }
        String authority = uri.getRawAuthority();
        if (uri.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
            throw new WebhookTargetNotAllowed("url must not carry a user name or password");
        }
        if (uri.getHost() == null) {
            if (authority != null) { // java.net.URI takes 2130706433 or 0x7f.1 for no host at all
                String written = authority.startsWith("[") || authority.indexOf(':') < 0
                        ? authority
                        : authority.substring(0, authority.lastIndexOf(':'));
                literal(host(written));
            }
            throw new InvalidWebhook("url must be an absolute http(s) URL with a host: " + url);
        }
        String host = host(uri.getHost());
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        if (allowListed(host, port)) {
            return uri;
        }
        if (!ports.contains(port)) {
            throw new WebhookTargetNotAllowed(
                    "port " + port + " is not allowed: webhooks call ports 80 and 443 only (unless allow-listed)");
        }
        InetAddress address = literal(host);
        if (address == null && isLocalName(host)) {
            throw new WebhookTargetNotAllowed("address not allowed: " + host);
        }
        return uri;
    }

    /**
     * The addresses a call to {@code host} may connect to, all checked: an address literal as it
     * is, a name resolved once.
     *
     * @param port the port called, -1 if unknown (then only host-wide allow-list entries count)
     * @throws AddressNotAllowed if any address is not allowed (the call is not made)
     */
    InetAddress[] resolve(String hostName, int port) throws UnknownHostException {
        String host = host(hostName);
        if (allowListed(host, port)) {
            InetAddress literal = parse(host);
            return literal != null ? new InetAddress[] {literal} : resolver.resolve(host);
        }
        InetAddress literal;
        try {
            literal = literal(host);
        } catch (WebhookTargetNotAllowed e) {
            throw new AddressNotAllowed(e.getMessage());
        }
        if (literal != null) {
            return new InetAddress[] {literal};
        }
        if (isLocalName(host)) {
            throw new AddressNotAllowed("address not allowed: " + host);
        }
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                throw new AddressNotAllowed("address not allowed: " + address.getHostAddress() + " (" + why + ")");
            }
        }
        return addresses;
    }

    private boolean allowListed(String host, int port) {
        return allowedHosts.contains(host) || allowedEndpoints.contains(host + ":" + port);
    }

    /** Lower case, without IPv6 brackets or a trailing dot. */
    private static String host(String written) {
        String h = written.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    private static boolean isLocalName(String host) {
        return host.isEmpty()
                || host.equals("localhost")
                || host.endsWith(".localhost")
                || host.equals("localhost.localdomain");
    }

    /**
     * The address if {@code host} is written as one (null for a name), refused if it is not
     * allowed or not written as four decimal numbers / an IPv6 literal.
     */
    private static InetAddress literal(String host) {
        InetAddress address;
        try {
            address = parse(host);
        } catch (IllegalArgumentException e) {
            throw new WebhookTargetNotAllowed(e.getMessage());
        }
        if (address == null) {
            return null;
        }
        String why = refusal(address);
        if (why != null) {
            String shown = address.getHostAddress();
            throw new WebhookTargetNotAllowed("address not allowed: " + shown + " (" + why
                    + (shown.equals(host) || address instanceof Inet6Address ? "" : ", written " + host) + ")");
        }
        if (host.indexOf(':') < 0 && !isDottedDecimal(host)) {
            throw new WebhookTargetNotAllowed("IPv4 addresses must be written as four decimal numbers, not " + host);
        }
        return address;
    }

    /**
     * The address {@code host} is written as, or null if it is a name.
     *
     * @throws IllegalArgumentException if it looks like an address but is none
     */
    static InetAddress parse(String host) {
        try {
            if (host.indexOf(':') >= 0) {
                if (!host.matches("[0-9a-f:.]+")) { // a zone id (%eth0) or worse
                    throw new IllegalArgumentException("not an IPv6 address webhooks may call: " + host);
                }
                return InetAddress.getByName(host); // a literal: no lookup
            }
            String last = host.substring(host.lastIndexOf('.') + 1);
            if (last.isEmpty() || !(last.chars().allMatch(Character::isDigit) || last.startsWith("0x"))) {
                return null; // a name: its last label is not a number
            }
            long value = ipv4(host);
            if (value < 0) {
                throw new IllegalArgumentException("neither a host name nor an IPv4 address: " + host);
            }
            return InetAddress.getByAddress(
                    new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + host);
        }
    }

    /**
     * An IPv4 address in any form {@code inet_aton} takes: 1 to 4 parts, each decimal, octal
     * ({@code 0} prefix) or hex ({@code 0x}), the last filling the remaining bytes; -1 if none.
     */
    private static long ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < parts.length; i++) {
            long part = number(parts[i]);
            boolean last = i == parts.length - 1;
            long max = last ? (1L << (8 * (4 - i))) - 1 : 255;
            if (part < 0 || part > max) {
                return -1;
            }
            value = last ? (value << (8 * (4 - i))) | part : (value << 8) | part;
        }
        return value;
    }

    private static long number(String part) {
        if (part.isEmpty() || part.length() > 12) {
            return -1;
        }
        try {
            if (part.startsWith("0x")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isDottedDecimal(String host) {
        return host.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    }

    /** Why a call to {@code address} is refused, or null if it is a public address. */
    static String refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return refusal4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff);
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embedded(b, 12, "IPv4-mapped ");
        }
        if (zero(b, 0, 12)) {
            if (zero(b, 12, 16)) {
                return "unspecified";
            }
            if (zero(b, 12, 15) && b[15] == 1) {
                return "loopback";
            }
            return embedded(b, 12, "IPv4-compatible ");
        }
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
            return embedded(b, 12, "NAT64 ");
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return embedded(b, 2, "6to4 ");
        }
        if ((b0 & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return "link-local";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return "site-local";
        }
        if (b0 == 0xff) {
            return "multicast";
        }
        return null;
    }

    private static String embedded(byte[] b, int from, String how) {
        String why = refusal4(b[from] & 0xff, b[from + 1] & 0xff, b[from + 2] & 0xff, b[from + 3] & 0xff);
        return why == null ? null : how + why;
    }

    private static String refusal4(int a, int b, int c, int d) {
        if (a == 0) {
            return "unspecified";
        }
        if (a == 127) {
            return "loopback";
        }
        if (a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168)) {
            return "private";
        }
        if (a == 100 && (b & 0xc0) == 64) {
            return "shared (CGNAT)";
        }
        if (a == 169 && b == 254) {
            return "link-local";
        }
        if (a == 192 && b == 0 && c == 0) {
            return "reserved";
        }
        if (a == 198 && (b & 0xfe) == 18) {
            return "benchmarking";
        }
        if (a >= 224 && a < 240) {
            return "multicast";
        }
        if (a >= 240) {
            return a == 255 && b == 255 && c == 255 && d == 255 ? "broadcast" : "reserved";
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
