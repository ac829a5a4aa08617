package vn.ocop.fair.notification.webhook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import vn.ocop.fair.notification.delivery.Outcome;

/**
 * One POST to a webhook URL, made only where {@link WebhookTargets} allows: the URL is checked
 * again, and the HTTP client's resolver resolves the host once, checks every address and hands the
 * client only those, so it connects to the very addresses checked (TLS still verifies and names
 * the host as written). Redirects are not followed, no proxy is used. The outcome is the status or
 * a short reason of our own: nothing the remote server sent (body, banner, error text) is kept.
 */
class WebhookCalls implements AutoCloseable {

    private final WebhookTargets targets;
    private final CloseableHttpClient http;

    WebhookCalls(WebhookTargets targets, Duration connectTimeout, Duration readTimeout, int connectionsPerEndpoint) {
        this.targets = targets;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .build())
                        .setMaxConnPerRoute(connectionsPerEndpoint)
                        .setMaxConnTotal(Math.max(100, connectionsPerEndpoint))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /** POSTs the JSON {@code body} with {@code headers}: Sent on 2xx, otherwise Failed with a short reason. */
    Outcome post(String url, Map<String, String> headers, String body) {
        URI target;
        try {
            target = targets.check(url);
        } catch (InvalidWebhook | WebhookTargetNotAllowed e) {
            return new Outcome.Failed(e.getMessage());
        }
        HttpPost request = new HttpPost(target);
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, request, null);
        } catch (IOException e) {
            return new Outcome.Failed(reason(e));
        } catch (RuntimeException e) {
            return new Outcome.Failed("call failed (" + e.getClass().getSimpleName() + ")");
        }
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (entity != null && entity.getContentLength() != 0) {
            request.cancel(); // never read what the endpoint answers: drop the connection instead
        }
        try {
            response.close();
        } catch (IOException | RuntimeException e) {
            // the connection was dropped; the status is what counts
        }
        if (status / 100 == 2) {
            return new Outcome.Sent("HTTP " + status);
        }
        return new Outcome.Failed("HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : ""));
    }

    /**
     * Our own words for a failed call, by the exception's class; the most specific first (a connect
     * timeout is an interrupted I/O too).
     */
    private static final List<Map.Entry<Class<? extends IOException>, String>> REASONS = List.of(
            Map.entry(UnknownHostException.class, "unknown host"),
            Map.entry(ConnectTimeoutException.class, "connect timed out"),
            Map.entry(ConnectException.class, "connection refused"),
            Map.entry(InterruptedIOException.class, "timed out"),
            Map.entry(SSLException.class, "TLS handshake failed"),
            Map.entry(NoHttpResponseException.class, "no response"),
            Map.entry(ClientProtocolException.class, "not an HTTP response"));

    /** A short reason of our own for a failed call; never the exception's message, which may quote the server. */
    static String reason(IOException e) {
        if (e instanceof AddressNotAllowed) {
            return e.getMessage(); // written by WebhookTargets: the address and why
        }
        for (Map.Entry<Class<? extends IOException>, String> reason : REASONS) {
            if (reason.getKey().isInstance(e)) {
                return reason.getValue();
            }
        }
        return "I/O error (" + e.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** The client's only way to addresses: through {@link WebhookTargets#resolve}. */
    private record CheckedResolver(WebhookTargets targets) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return targets.resolve(host, -1);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            List<InetSocketAddress> addresses = new ArrayList<>();
            for (InetAddress address : targets.resolve(host, port)) {
                addresses.add(new InetSocketAddress(address, port));
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
