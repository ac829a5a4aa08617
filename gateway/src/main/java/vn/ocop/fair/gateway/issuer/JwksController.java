package vn.ocop.fair.gateway.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /auth/jwks}: the local issuer's public key, for the gateway and every service. */
@RestController
@ConditionalOnProperty(name = "ocop.gateway.local-issuer.enabled", havingValue = "true")
class JwksController {

    private final Map<String, Object> jwks;

    JwksController(RSAKey localSigningKey) {
        this.jwks = new JWKSet(localSigningKey.toPublicJWK()).toJSONObject();
    }

    @GetMapping(path = "/auth/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return jwks;
    }
}
