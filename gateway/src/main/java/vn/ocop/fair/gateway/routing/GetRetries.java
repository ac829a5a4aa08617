package vn.ocop.fair.gateway.routing;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Retries for idempotent GETs only, and only when the service could not be reached or the connection
 * broke (an answer, even a 5xx, is passed on as it is). A service that did not answer within the time
 * limit (the client's read time-out) is not asked again: the client has waited its limit already.
 * Other methods are never retried: the gateway's retry filter would retry any method on an I/O error.
 */
final class GetRetries {

    private GetRetries() {}

    static HandlerFilterFunction<ServerResponse, ServerResponse> of(int retries) {
        if (retries == 0) {
            return (request, next) -> next.handle(request);
        }
        HandlerFilterFunction<ServerResponse, ServerResponse> retry =
                RetryFilterFunctions.retry(config -> config.setRetries(retries)
                        .setSeries(Set.of())
                        .setMethods(Set.of(HttpMethod.GET))
                        .addExceptions(ResourceAccessException.class)
                        .setBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2));
        return (request, next) -> HttpMethod.GET.equals(request.method())
                ? retry.filter(request, attempt -> timeOutIsFinal(next, attempt))
                : next.handle(request);
    }

    private static ServerResponse timeOutIsFinal(HandlerFunction<ServerResponse> next, ServerRequest request)
            throws Exception {
        try {
            return next.handle(request);
        } catch (ResourceAccessException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                throw new ServiceTimedOut(e);
            }
            throw e;
        }
    }

    /** The service took longer than the time limit to answer; not an exception the retry filter retries. */
    static final class ServiceTimedOut extends RuntimeException {
        ServiceTimedOut(ResourceAccessException timeOut) {
            super(timeOut.getMessage(), timeOut);
        }
    }
}
