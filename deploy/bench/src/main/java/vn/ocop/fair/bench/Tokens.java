package vn.ocop.fair.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens of the shared contract (RS256, {@code iss}, {@code aud} = ocop-fair, {@code roles}), signed
 * with the key the gateway's local issuer was started with ({@code ocop.gateway.local-issuer.signing-key-file}),
 * so every service accepts them: the bench can be as many distinct customers as it likes.
 */
final class Tokens {

    static final String AUDIENCE = "ocop-fair";
    private static final Duration LIFETIME = Duration.ofHours(6);

    private final RSAKey key;
    private final RSASSASigner signer;
    private final String issuer;

    private Tokens(RSAKey key, String issuer) throws JOSEException {
        this.key = key;
        this.signer = new RSASSASigner(key);
        this.issuer = issuer;
    }

    /** A new RSA key for the local issuer, readable by its owner only. */
    static void writeNewKey(Path file) throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID("fair-day-bench-" + UUID.randomUUID())
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
    }

    static Tokens fromKeyFile(Path file, String issuer) throws IOException, ParseException, JOSEException {
        JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
            throw new IllegalArgumentException(file + " does not hold a private RSA JWK");
        }
        return new Tokens(rsa, issuer);
    }

    String customer(String subject) {
        return token(subject, List.of("CUSTOMER"));
    }

    String organiser() {
        return token("fair-day-bench-organiser", List.of("ORGANISER"));
    }

    String operator() {
        return token("fair-day-bench-operator", List.of("OPERATOR"));
    }

    private String token(String subject, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
