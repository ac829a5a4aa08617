package vn.ocop.fair.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.gateway.GatewayTest;

class LocalIssuerTest extends GatewayTest {

    @Test
    void issuesAProducerTokenOfTheSharedContractForAForm() throws Exception {
        HttpResponse<String> response = gateway.send(gateway.login("vanphuc", "demo123"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.token_type")).isEqualTo("Bearer");
        assertThat(JsonPath.<Integer>read(response.body(), "$.expires_in")).isEqualTo(900);
        SignedJWT jwt = SignedJWT.parse(JsonPath.<String>read(response.body(), "$.access_token"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/auth");
        assertThat(claims.getSubject()).isEqualTo("vanphuc");
        assertThat(claims.getAudience()).containsExactly("ocop-fair");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PRODUCER");
        assertThat(claims.getStringClaim("producer_id")).isEqualTo("htx-lua-van-phuc");
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void issuesATokenForJsonCredentials() throws Exception {
        HttpResponse<String> response = gateway.send(gateway.request("/auth/token")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"bantochuc\",\"password\":\"demo123\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(JsonPath.<String>read(response.body(), "$.access_token"))
                .getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("ORGANISER");
        assertThat(claims.getClaim("producer_id")).isNull();
    }

    @Test
    void refusesAWrongPasswordWithProblemDetails() {
        HttpResponse<String> response = gateway.send(gateway.login("vanphuc", "guess"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://ocop-fair.vn/problems/wrong-credentials");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void refusesAnUnknownUser() {
        HttpResponse<String> response = gateway.send(gateway.login("admin", "demo123"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void publishesOnlyThePublicKey() throws Exception {
        HttpResponse<String> response = gateway.get("/auth/jwks");

        JWKSet keys = JWKSet.parse(response.body());
        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) keys.getKeys().get(0);
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.size()).isEqualTo(2048);
    }
}
