package vn.ocop.fair.gateway.correlation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/** The request as the rest of the gateway (and so the proxied service) sees it: with exactly one id. */
class RequestWithId extends HttpServletRequestWrapper {

    private final String requestId;

    RequestWithId(HttpServletRequest request, String requestId) {
        super(request);
        this.requestId = requestId;
    }

    @Override
    public String getHeader(String name) {
        return isId(name) ? requestId : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isId(name) ? Collections.enumeration(Set.of(requestId)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
        names.removeIf(RequestWithId::isId);
        names.add(RequestIdFilter.HEADER);
        return Collections.enumeration(names);
    }

    private static boolean isId(String name) {
        return RequestIdFilter.HEADER.equalsIgnoreCase(name);
    }
}
