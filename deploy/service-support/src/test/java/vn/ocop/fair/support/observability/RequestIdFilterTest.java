package vn.ocop.fair.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void theGatewaysRequestIdIsInTheMdcWhileTheRequestIsHandled() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
        request.addHeader("X-Request-Id", "req-42");
        AtomicReference<String> seen = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(MDC.get("requestId")));

        assertThat(seen).hasValue("req-42");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void anInsaneRequestIdIsLeftOutOfTheLogs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
        request.addHeader("X-Request-Id", "bad\nid with spaces");
        AtomicReference<String> seen = new AtomicReference<>("unset");

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(MDC.get("requestId")));

        assertThat(seen.get()).isNull();
    }
}
