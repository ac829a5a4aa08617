package vn.ocop.fair.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in token issuer for one test JVM: an RS256 key whose JWK set is served over real HTTP,
 * and tokens in the shape the gateway's issuer mints (issuer, audience {@code ocop-fair}, a
 * {@code roles} array, {@code producer_id} for producers).
 */
public final class TestTokens {

    public static final String AUDIENCE = "ocop-fair";
    private static TestTokens shared;

    private final RSAKey key;
    private final String jwkSetUri;
    private final String issuer;

    private TestTokens(RSAKey key, String jwkSetUri, String issuer) {
        this.key = key;
        this.jwkSetUri = jwkSetUri;
        this.issuer = issuer;
    }

    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public String jwkSetUri() {
        return jwkSetUri;
    }

    public String issuer() {
        return issuer;
    }

    public String customer(String subject) {
        return token(subject, List.of("CUSTOMER"), null);
    }

    public String producer(String producerId) {
        return token("producer-of-" + producerId, List.of("PRODUCER"), producerId);
    }

    public String organiser() {
        return token("bantochuc", List.of("ORGANISER"), null);
    }

    public String operator() {
        return token("vanhanh", List.of("OPERATOR"), null);
    }

    public String token(String subject, List<String> roles, String producerId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (producerId != null) {
            claims.claim("producer_id", producerId);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/auth/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            return new TestTokens(
                    key,
                    base + "/auth/jwks",
                    "http://localhost:" + server.getAddress().getPort() + "/auth");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
