package vn.ocop.fair.catalog.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A well-formed organiser token signed by a key the issuer never published. */
final class ForeignTokens {

    private ForeignTokens() {}

    static String signedByAnotherKey(String issuer) throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(stranger.getKeyID())
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject("mallory")
                        .audience("ocop-fair")
                        .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                        .claim("roles", List.of("ORGANISER"))
                        .build());
        jwt.sign(new RSASSASigner(stranger));
        return jwt.serialize();
    }
}
