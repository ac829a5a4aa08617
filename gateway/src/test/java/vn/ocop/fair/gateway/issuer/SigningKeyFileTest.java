package vn.ocop.fair.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = LocalIssuerContext.runner()
            .withInitializer(context -> context.getEnvironment().setActiveProfiles("local"))
            .withPropertyValues("ocop.gateway.local-issuer.enabled=true");

    @Test
    void signsWithTheKeyOfTheConfiguredFile() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-key").generate();
        Path file = Files.writeString(dir.resolve("issuer-key.json"), key.toJSONString());

        runner.withPropertyValues("ocop.gateway.local-issuer.signing-key-file=" + file)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    RSAKey used = context.getBean(RSAKey.class);
                    assertThat(used.getKeyID()).isEqualTo("bench-key");
                    assertThat(used.toRSAPublicKey()).isEqualTo(key.toRSAPublicKey());
                });
    }

    @Test
    void makesAFreshKeyWithoutAFile() {
        runner.run(
                context -> assertThat(context.getBean(RSAKey.class).isPrivate()).isTrue());
    }

    @Test
    void refusesToStartWithAPublicKeyOnly() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-key").generate();
        Path file =
                Files.writeString(dir.resolve("public.json"), key.toPublicJWK().toJSONString());

        runner.withPropertyValues("ocop.gateway.local-issuer.signing-key-file=" + file)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("with its private part"));
    }
}
