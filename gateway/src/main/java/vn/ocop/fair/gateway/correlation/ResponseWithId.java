package vn.ocop.fair.gateway.correlation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** The response with the gateway's one id: a service echoing its copy does not add a second. */
class ResponseWithId extends HttpServletResponseWrapper {

    ResponseWithId(HttpServletResponse response, String requestId) {
        super(response);
        response.setHeader(RequestIdFilter.HEADER, requestId);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!RequestIdFilter.HEADER.equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!RequestIdFilter.HEADER.equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }
}
