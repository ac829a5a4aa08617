package vn.ocop.fair.gateway.issuer;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/** Reads the local issuer's signing key from a JWK file: RSA, with its private part and a {@code kid}. */
final class SigningKeyFile {

    private SigningKeyFile() {}

    static RSAKey read(Path file) {
        JWK jwk;
        try {
            jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local issuer's signing key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The local issuer's signing key file " + file + " is not a JWK", e);
        }
        if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
            throw new IllegalStateException("The local issuer's signing key file " + file
                    + " must hold an RSA JWK with its private part and a kid");
        }
        return rsa;
    }
}
