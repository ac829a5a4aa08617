package vn.ocop.fair.gateway.issuer;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /auth/token}: a token for a demo account, from a form ({@code username}, {@code
 * password}) or the same as JSON; {@link JwksController} publishes the key that checks it.
 */
@RestController
@ConditionalOnProperty(name = "ocop.gateway.local-issuer.enabled", havingValue = "true")
@RequestMapping("/auth")
class IssuerController {

    private static final int MAX_FORM = 4096;

    private final TokenMinter minter;
    private final DemoAccounts accounts;
    private final LoginLockout lockout;

    IssuerController(TokenMinter minter, DemoAccounts accounts, LoginLockout lockout) {
        this.minter = minter;
        this.accounts = accounts;
        this.lockout = lockout;
    }

    /**
     * The form is read from the body: the gateway's form filter turns form parameters back into a body
     * (to proxy it) and hides them as request parameters, which Spring's form binding relies on.
     */
    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<TokenResponse> tokenForForm(InputStream body, HttpServletRequest request) throws IOException {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        String encoded = new String(body.readNBytes(MAX_FORM), StandardCharsets.UTF_8);
        for (String pair : StringUtils.tokenizeToStringArray(encoded, "&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.add(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return token(form.getFirst("username"), form.getFirst("password"), request);
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> tokenForJson(@RequestBody Credentials credentials, HttpServletRequest request) {
        return token(credentials.username(), credentials.password(), request);
    }

    /** Locked accounts and addresses are refused before the password is looked at ({@link LoginLockout}). */
    private ResponseEntity<TokenResponse> token(
            @Nullable String username, @Nullable String password, HttpServletRequest request) {
        String account = StringUtils.truncate(String.valueOf(username), 64);
        String address = request.getRemoteAddr();
        lockout.checkNotLocked(account, address);
        DemoAccounts.Account known = accounts.authenticate(username, password).orElse(null);
        if (known == null) {
            lockout.failed(account, address);
            throw new WrongCredentials();
        }
        TokenResponse body = new TokenResponse(minter.mint(known), "Bearer", minter.lifetimeSeconds());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    record Credentials(@Nullable String username, @Nullable String password) {}
}
