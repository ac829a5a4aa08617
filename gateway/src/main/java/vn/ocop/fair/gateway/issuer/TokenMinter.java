package vn.ocop.fair.gateway.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import vn.ocop.fair.gateway.GatewayProperties.LocalIssuer;

/**
 * Signs the tokens of the shared contract: RS256 with {@code kid}; {@code iss}, {@code sub},
 * {@code aud}, {@code iat}, {@code nbf}, {@code exp}, {@code roles} and, for producers,
 * {@code producer_id}.
 */
class TokenMinter {

    private final RSAKey key;
    private final LocalIssuer issuer;
    private final Clock clock;

    TokenMinter(RSAKey key, LocalIssuer issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    long lifetimeSeconds() {
        return issuer.tokenLifetime().toSeconds();
    }

    String mint(DemoAccounts.Account account) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject(account.username())
                .audience(issuer.audience())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(issuer.tokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", account.roles());
        if (account.producerId() != null) {
            claims.claim("producer_id", account.producerId());
        }
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the local key", e);
        }
        return jwt.serialize();
    }
}
