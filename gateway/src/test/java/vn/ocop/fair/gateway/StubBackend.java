package vn.ocop.fair.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for any service: a real HTTP server on a free port that reads each body and answers 200
 * with JSON, recording what it was sent. Paths containing {@code /hang} wait until the stub stops,
 * paths containing {@code /flaky} drop the connection without answering while {@link #dropNext} lasts,
 * paths ending in {@code /unknown} answer 404 problem+json, and paths ending in {@code /unauthorised}
 * answer 401 with the challenge a Spring service gives, naming the service's own address.
 */
public final class StubBackend {

    /** What the service received. */
    public record Received(String method, String path, String query, Headers headers, long bodyBytes) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger drops = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stub-backend");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CountDownLatch hung = new CountDownLatch(1);
    private final CountDownLatch streams = new CountDownLatch(1);
    private volatile HttpServer server;
    private final int port;

    private StubBackend(int port) {
        this.server = bind(port);
        this.port = server.getAddress().getPort();
    }

    public static StubBackend start() {
        return new StubBackend(0);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A gateway on {@code gatewayPort} whose every service route leads to this backend. */
    public void standBehind(DynamicPropertyRegistry registry, int gatewayPort) {
        registry.add("server.port", () -> gatewayPort);
        for (String service : new String[] {"catalog", "order", "event", "notification"}) {
            registry.add("ocop.gateway.services." + service, this::url);
        }
    }

    public List<Received> received() {
        return received;
    }

    /** The next {@code count} requests to a {@code /flaky} path lose their connection. */
    public void dropNext(int count) {
        drops.set(count);
    }

    /** Ends the event streams the stub holds open ({@code /stream?hold=…}). */
    public void releaseStreams() {
        streams.countDown();
    }

    public void stop() {
        hung.countDown();
        server.stop(0);
    }

    /** Listens again on the same port, after {@link #stop()}. */
    public void restart() {
        hung = new CountDownLatch(1);
        server = bind(port);
    }

    private HttpServer bind(int wanted) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 0);
            created.createContext("/", this::answer);
            created.setExecutor(threads);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        long bytes;
        try (InputStream body = exchange.getRequestBody()) {
            bytes = body.transferTo(OutputStreamDiscard.INSTANCE);
        }
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new Received(
                exchange.getRequestMethod(), path, query == null ? "" : query, exchange.getRequestHeaders(), bytes));
        if (path.contains("/flaky") && drops.getAndDecrement() > 0) {
            exchange.close(); // before any answer: the connection is dropped
            return;
        }
        if (path.endsWith("/stream") && query != null && query.contains("hold=")) {
            stream(exchange);
            return;
        }
        if (path.contains("/hang")) {
            awaitRelease();
        }
        if (path.endsWith("/unauthorised")) {
            exchange.getResponseHeaders()
                    .add(
                            "WWW-Authenticate",
                            "Bearer error=\"invalid_token\", error_description=\"Jwt expired\", "
                                    + "resource_metadata=\"" + url() + "/.well-known/oauth-protected-resource\"");
            respond(exchange, 401, "application/problem+json", "{\"status\":401}");
        } else if (path.endsWith("/unknown")) {
            respond(
                    exchange,
                    404,
                    "application/problem+json",
                    "{\"type\":\"https://ocop-fair.vn/problems/not-found\"}");
        } else {
            respond(exchange, 200, "application/json", "{\"path\":\"" + path + "\",\"bytes\":" + bytes + "}");
        }
    }

    /** A Server-Sent-Events stream: one comment at once, one event when released. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var out = exchange.getResponseBody()) {
            out.write(":connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            streams.await(30, TimeUnit.SECONDS);
            out.write("event:notification\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRelease() {
        try {
            hung.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static final class OutputStreamDiscard extends java.io.OutputStream {
        static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
