package vn.ocop.fair.gateway.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import vn.ocop.fair.gateway.GatewayProperties;

/**
 * The local issuer, present only with {@code ocop.gateway.local-issuer.enabled=true}, and only in the
 * {@code local} profile: anywhere else the application refuses to start rather than hand out tokens
 * for well-known passwords. Its RSA key is made at start-up and lives only in memory, unless a key file
 * is configured (a local benchmark's).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ocop.gateway.local-issuer.enabled", havingValue = "true")
class LocalIssuerConfiguration {

    static final String PROFILE = "local";

    LocalIssuerConfiguration(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            throw new LocalIssuerOutsideLocalProfile();
        }
    }

    /**
     * A fresh key, or the one in {@code ocop.gateway.local-issuer.signing-key-file}: a benchmark that
     * wrote that file can sign tokens for its own customers, which every service then accepts.
     */
    @Bean
    RSAKey localSigningKey(GatewayProperties properties) throws JOSEException {
        Path file = properties.localIssuer().signingKeyFile();
        if (file != null) {
            return SigningKeyFile.read(file);
        }
        return new RSAKeyGenerator(2048)
                .keyID(UUID.randomUUID().toString())
                .keyUse(KeyUse.SIGNATURE)
                .generate();
    }

    @Bean
    TokenMinter tokenMinter(RSAKey localSigningKey, GatewayProperties properties) {
        return new TokenMinter(localSigningKey, properties.localIssuer(), Clock.systemUTC());
    }

    @Bean
    LoginLockout loginLockout(GatewayProperties properties) {
        return new LoginLockout(properties.localIssuer().lockout(), Clock.systemUTC());
    }

    @Bean
    DemoAccounts demoAccounts() {
        return new DemoAccounts();
    }

    /** Thrown when the local issuer is switched on in a profile other than {@code local}. */
    static class LocalIssuerOutsideLocalProfile extends IllegalStateException {
        LocalIssuerOutsideLocalProfile() {
            super("ocop.gateway.local-issuer.enabled=true is allowed only with the '" + PROFILE
                    + "' profile: the local issuer signs tokens for demo accounts with well-known passwords."
                    + " Run with --spring.profiles.active=" + PROFILE + " or point the gateway at a real issuer"
                    + " (spring.security.oauth2.resourceserver.jwt.*) and set ocop.gateway.local-issuer.enabled=false");
        }
    }
}
