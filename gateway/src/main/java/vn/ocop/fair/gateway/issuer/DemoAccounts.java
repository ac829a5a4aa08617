package vn.ocop.fair.gateway.issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The documented demo accounts of the local profile; every password is {@value #PASSWORD}. */
class DemoAccounts {

    static final String PASSWORD = "demo123";

    /** Who a token is for: {@code sub}, {@code roles} and, for producers, {@code producer_id}. */
    record Account(
            String username, List<String> roles, @Nullable String producerId) {}

    private static final Map<String, Account> ACCOUNTS = Map.of(
            "khachhang", new Account("khachhang", List.of("CUSTOMER"), null),
            "vanphuc", new Account("vanphuc", List.of("PRODUCER"), "htx-lua-van-phuc"),
            "battrang", new Account("battrang", List.of("PRODUCER"), "cty-gom-bat-trang"),
            "bantochuc", new Account("bantochuc", List.of("ORGANISER"), null),
            "vanhanh", new Account("vanhanh", List.of("OPERATOR"), null));

    /** The account, when the password is right (compared in constant time). */
    Optional<Account> authenticate(@Nullable String username, @Nullable String password) {
        Account account = username == null ? null : ACCOUNTS.get(username);
        boolean passwordMatches = MessageDigest.isEqual(
                PASSWORD.getBytes(StandardCharsets.UTF_8),
                String.valueOf(password).getBytes(StandardCharsets.UTF_8));
        return account != null && passwordMatches ? Optional.of(account) : Optional.empty();
    }
}
