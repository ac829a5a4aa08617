package vn.ocop.fair.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.gateway.GatewayTest;

/**
 * The {@code WWW-Authenticate} challenge is one fixed realm with at most the RFC 6750 error: it never
 * echoes the Host header nor names a service's internal address. Raw HTTP, to send any Host header.
 */
class BearerChallengeTest extends GatewayTest {

    private static final String HOST = "gateway.internal.example:8443";

    @Test
    void challengesWithoutATokenWithTheFixedRealmOnly() throws IOException {
        String answer = raw("GET /api/orders HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 401");
        assertThat(challenge(answer)).isEqualTo("Bearer realm=\"ocop-fair\"");
        assertThat(answer).doesNotContain("internal.example").doesNotContain("resource_metadata");
    }

    @Test
    void challengesABadTokenWithTheRealmAndTheErrorCodeOnly() throws IOException {
        String answer = raw("GET /api/orders HTTP/1.1\r\nHost: " + HOST
                + "\r\nAuthorization: Bearer not-a-jwt\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 401");
        assertThat(challenge(answer))
                .isEqualTo("Bearer realm=\"ocop-fair\", error=\"invalid_token\","
                        + " error_description=\"The access token is invalid or expired\"");
        assertThat(answer).doesNotContain("internal.example").doesNotContain("resource_metadata");
    }

    @Test
    void challengesAForbiddenTokenWithoutNamingAnyHost() throws IOException {
        String answer = raw("POST /api/fairs HTTP/1.1\r\nHost: " + HOST + "\r\nAuthorization: Bearer "
                + gateway.token("khachhang") + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 403");
        assertThat(challenge(answer)).startsWith("Bearer realm=\"ocop-fair\", error=\"insufficient_scope\"");
        assertThat(answer).doesNotContain("internal.example").doesNotContain("resource_metadata");
    }

    @Test
    void replacesAServicesChallengeNamingItsInternalAddress() {
        var response = gateway.call("GET", "/api/notifications/unauthorised", "khachhang");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"ocop-fair\", error=\"invalid_token\","
                        + " error_description=\"The access token is invalid or expired\"");
    }

    @Test
    void challengesAWrongPasswordWithTheFixedRealm() throws IOException {
        String answer = raw("POST /auth/token HTTP/1.1\r\nHost: " + HOST
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 30\r\n"
                + "Connection: close\r\n\r\nusername=vanhanh&password=nope");

        assertThat(answer).startsWith("HTTP/1.1 401");
        assertThat(challenge(answer)).isEqualTo("Bearer realm=\"ocop-fair\"");
    }

    private static String challenge(String answer) {
        return answer.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("www-authenticate:"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .reduce((a, b) -> a + " | " + b)
                .orElse("");
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), PORT)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
