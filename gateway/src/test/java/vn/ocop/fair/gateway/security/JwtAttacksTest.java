package vn.ocop.fair.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.ocop.fair.gateway.GatewayTest;
import vn.ocop.fair.tokens.RememberedTokens;

/**
 * Tokens an attacker could make, each refused with 401 on a path any role may use; a token forged the
 * same way but correctly is accepted, so each 401 is down to the one thing wrong with it.
 */
class JwtAttacksTest extends GatewayTest {

    private static final String PATH = "/api/orders";

    @Autowired
    RSAKey localSigningKey;

    @Autowired
    JwtDecoder decoder;

    @Test
    void acceptsAWellFormedTokenSignedByTheIssuer() {
        assertThat(callWith(signed(localSigningKey, claims(c -> c)))).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedToken() {
        String none = new PlainJWT(claims(c -> c)).serialize();

        assertThat(callWith(none)).isEqualTo(401);
    }

    @Test
    void refusesHs256SignedWithThePublicKey() throws Exception {
        JWSSigner hmac = new MACSigner(localSigningKey.toRSAPublicKey().getEncoded());
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(localSigningKey.getKeyID())
                        .build(),
                claims(c -> c));
        jwt.sign(hmac);

        assertThat(callWith(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String expired = signed(
                localSigningKey,
                claims(c -> c.issueTime(Date.from(past))
                        .notBeforeTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))));

        assertThat(callWith(expired)).isEqualTo(401);
    }

    @Test
    void refusesATokenNotYetValid() {
        Instant future = Instant.now().plus(Duration.ofHours(1));
        String early = signed(localSigningKey, claims(c -> c.notBeforeTime(Date.from(future))));

        assertThat(callWith(early)).isEqualTo(401);
    }

    @Test
    void refusesAnotherIssuer() {
        assertThat(callWith(signed(localSigningKey, claims(c -> c.issuer("https://issuer.example/auth")))))
                .isEqualTo(401);
    }

    @Test
    void refusesAnotherAudience() {
        assertThat(callWith(signed(localSigningKey, claims(c -> c.audience("another-app")))))
                .isEqualTo(401);
    }

    @Test
    void refusesAPayloadChangedAfterSigning() {
        String[] parts = gateway.token("khachhang").split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"CUSTOMER\"", "\"ORGANISER\"");
        assertThat(promoted).isNotEqualTo(payload);

        String tampered = parts[0] + "." + Base64URL.encode(promoted) + "." + parts[2];

        assertThat(gateway.withToken("POST", "/api/fairs", tampered).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesAlteredCopiesOfATokenItHasAlreadyAccepted() {
        String token = gateway.token("khachhang");
        assertThat(callWith(token)).isEqualTo(200);
        assertThat(decoder).isInstanceOf(RememberedTokens.class);
        String[] parts = token.split("\\.");
        String promoted = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"CUSTOMER\"", "\"ORGANISER\"");

        assertThat(callWith(parts[0] + "." + Base64URL.encode(promoted) + "." + parts[2]))
                .isEqualTo(401);
        assertThat(callWith(parts[0] + "." + parts[1] + "." + changedAt(parts[2], 10)))
                .isEqualTo(401);
        assertThat(callWith(token)).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownKeySignedByAnotherKey() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();

        assertThat(callWith(signed(attacker, claims(c -> c)))).isEqualTo(401);
    }

    @Test
    void refusesAnotherKeyClaimingTheIssuersKid() throws Exception {
        RSAKey attacker =
                new RSAKeyGenerator(2048).keyID(localSigningKey.getKeyID()).generate();

        assertThat(callWith(signed(attacker, claims(c -> c)))).isEqualTo(401);
    }

    @Test
    void answersARefusalAsProblemDetailsWithABearerChallenge() {
        HttpResponse<String> response = gateway.withToken("GET", PATH, "not-a-jwt");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://ocop-fair.vn/problems/unauthenticated");
    }

    private static String changedAt(String text, int index) {
        char other = text.charAt(index) == 'A' ? 'B' : 'A';
        return text.substring(0, index) + other + text.substring(index + 1);
    }

    private int callWith(String token) {
        return gateway.withToken("GET", PATH, token).statusCode();
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder valid = new JWTClaimsSet.Builder()
                .issuer("http://localhost:8080/auth")
                .subject("khachhang")
                .audience("ocop-fair")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("roles", List.of("CUSTOMER"));
        return change.apply(valid).build();
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
