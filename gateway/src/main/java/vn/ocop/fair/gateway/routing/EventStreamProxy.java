package vn.ocop.fair.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Proxies a Server-Sent-Events stream ({@code GET /api/notifications/stream}) byte for byte,
 * flushing after every read: the gateway's usual proxy copies the whole body before flushing
 * (spring-cloud-gateway #3410) and its routes' time limit would cut a stream after a second. The
 * stream holds one request thread while open, and ends when the client or the service leaves.
 */
final class EventStreamProxy implements HandlerFunction<ServerResponse> {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI service;

    EventStreamProxy(URI service) {
        this.service = service;
    }

    @Override
    public ServerResponse handle(ServerRequest request) throws Exception {
        URI target = UriComponentsBuilder.fromUri(service)
                .path(request.path())
                .query(request.uri().getRawQuery())
                .build(true)
                .toUri();
        HttpRequest.Builder upstream =
                HttpRequest.newBuilder(target).GET().header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE);
        for (String name : new String[] {"Authorization", "X-Request-Id", "Last-Event-ID"}) {
            request.headers().header(name).forEach(value -> upstream.header(name, value));
        }
        HttpResponse<InputStream> response;
        try {
            response = CLIENT.send(upstream.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(
                            "{\"type\":\"https://ocop-fair.vn/problems/service-unavailable\",\"title\":"
                                    + "\"Service unavailable\",\"status\":503,\"detail\":\"notification-service cannot be reached\"}");
        }
        MediaType type = response.headers()
                .firstValue("Content-Type")
                .map(MediaType::parseMediaType)
                .orElse(MediaType.TEXT_EVENT_STREAM);
        return ServerResponse.status(response.statusCode())
                .contentType(type)
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no")
                .build((servletRequest, servletResponse) -> {
                    try (InputStream in = response.body()) {
                        OutputStream out = servletResponse.getOutputStream();
                        servletResponse.flushBuffer();
                        byte[] buffer = new byte[4096];
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the client or the service left: the stream is over
                    }
                    return null;
                });
    }
}
