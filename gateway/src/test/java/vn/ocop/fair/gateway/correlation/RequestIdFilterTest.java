package vn.ocop.fair.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void putsTheIdInTheMdcForTheRequestOnly() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/catalog/products");
        request.addHeader("X-Request-Id", "abc-123");
        AtomicReference<String> duringRequest = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> duringRequest.set(MDC.get("requestId")));

        assertThat(duringRequest).hasValue("abc-123");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void showsTheServiceExactlyOneId() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/catalog/products");
        request.addHeader("X-Request-Id", "bad id with spaces");
        request.addHeader("X-Request-Id", "second");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> seen.set((HttpServletRequest) req));

        String id = response.getHeader("X-Request-Id");
        assertThat(id).doesNotContain(" ");
        assertThat(Collections.list(seen.get().getHeaders("x-request-id"))).containsExactly(id);
        assertThat(Collections.list(seen.get().getHeaderNames()))
                .filteredOn("X-Request-Id"::equalsIgnoreCase)
                .hasSize(1);
    }

    @Test
    void keepsOneIdOnTheResponseWhenTheServiceEchoesIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/catalog/products");
        request.addHeader("X-Request-Id", "abc-123");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).addHeader("X-Request-Id", "abc-123");
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("X-Request-Id", "other");
        });

        assertThat(response.getHeaders("X-Request-Id")).containsExactly("abc-123");
    }

    @Test
    void acceptsOnlySaneIds() {
        assertThat(RequestIdFilter.saneOrNew("Abc.1_2-3")).isEqualTo("Abc.1_2-3");
        assertThat(RequestIdFilter.saneOrNew("a".repeat(64))).hasSize(64);
        assertThat(RequestIdFilter.saneOrNew("a".repeat(65))).hasSize(36);
        assertThat(RequestIdFilter.saneOrNew("<script>")).hasSize(36);
        assertThat(RequestIdFilter.saneOrNew("line\nbreak")).hasSize(36);
        assertThat(RequestIdFilter.saneOrNew("")).hasSize(36);
        assertThat(RequestIdFilter.saneOrNew(null)).hasSize(36);
    }

    @Test
    void makesEachNewIdARandomVersion4Uuid() {
        String id = RequestIdFilter.newId();
        UUID uuid = UUID.fromString(id);

        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid).hasToString(id);
        assertThat(RequestIdFilter.newId()).isNotEqualTo(id);
    }
}
