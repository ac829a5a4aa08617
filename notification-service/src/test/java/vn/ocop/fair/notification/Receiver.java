package vn.ocop.fair.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A real webhook receiver (JDK HttpServer) that records every call; it can be told to hold calls. */
final class Receiver implements AutoCloseable {

    record Call(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch release;

    private Receiver(int port, boolean holding) {
        this.release = new CountDownLatch(holding ? 1 : 0);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()), body));
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    static Receiver on(int port) {
        return new Receiver(port, false);
    }

    /** Takes calls but answers none until {@link #release()}. */
    static Receiver holding(int port) {
        return new Receiver(port, true);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void release() {
        release.countDown();
    }

    List<Call> callsFor(String eventId) {
        return calls.stream()
                .filter(c -> c.body().contains("\"id\":\"" + eventId + "\""))
                .toList();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
