package vn.ocop.fair.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RememberedTokensTest {

    private static final Duration MAXIMUM_AGE = Duration.ofMinutes(5);

    private final Time time = new Time(Instant.parse("2026-12-02T09:00:00Z"));
    private final Issuer issuer = new Issuer(time);
    private final RememberedTokens tokens = new RememberedTokens(issuer, 100, MAXIMUM_AGE, time.clock(), time);

    @Test
    void checksEachAcceptedTokenOnce() {
        Jwt first = tokens.decode("token-a");
        Jwt again = tokens.decode("token-a");

        assertThat(again).isSameAs(first);
        assertThat(issuer.checked).containsExactly("token-a");
    }

    @Test
    void keepsTokensApart() {
        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("token-a");
        assertThat(tokens.decode("token-b").getSubject()).isEqualTo("token-b");
        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("token-a");

        assertThat(issuer.checked).containsExactly("token-a", "token-b");
    }

    @Test
    void checksARefusedTokenEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(issuer.checked).containsExactly("forged", "forged");
    }

    @Test
    void checksATokenAgainOnceItHasExpired() {
        issuer.lifetime = Duration.ofMinutes(2);
        tokens.decode("token-a");

        time.advance(Duration.ofMinutes(2).plusSeconds(1));
        tokens.decode("token-a");

        assertThat(issuer.checked).containsExactly("token-a", "token-a");
    }

    @Test
    void checksATokenAgainAfterTheMaximumAgeWhateverItsExpiry() {
        issuer.lifetime = Duration.ofMinutes(15);
        tokens.decode("token-a");

        time.advance(MAXIMUM_AGE.minusSeconds(1));
        tokens.decode("token-a");
        time.advance(Duration.ofSeconds(2));
        tokens.decode("token-a");

        assertThat(issuer.checked).containsExactly("token-a", "token-a");
    }

    @Test
    void doesNotRememberATokenAcceptedWithinTheClockSkewAfterItsExpiry() {
        issuer.lifetime = Duration.ofSeconds(-30);

        tokens.decode("token-a");
        tokens.decode("token-a");

        assertThat(issuer.checked).containsExactly("token-a", "token-a");
    }

    /** The real decoder's part: every token but "forged" is accepted, expiring {@code lifetime} from now. */
    static final class Issuer implements JwtDecoder {
        final List<String> checked = new ArrayList<>();
        private final Time time;
        Duration lifetime = Duration.ofMinutes(15);

        Issuer(Time time) {
            this.time = time;
        }

        @Override
        public Jwt decode(String token) {
            checked.add(token);
            if (token.equals("forged")) {
                throw new BadJwtException("bad signature");
            }
            Instant expiresAt = time.now.plus(lifetime);
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject(token)
                    .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                    .expiresAt(expiresAt)
                    .build();
        }
    }

    /** One time for the clock the expiry is read with and the ticker the cache ages entries with. */
    static final class Time implements Ticker {
        Instant now;

        Time(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public long read() {
            return Duration.between(Instant.EPOCH, now).toNanos();
        }

        Clock clock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }
    }
}
