package vn.ocop.fair.tokens;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The token decoder stays Boot's, configured by {@code spring.security.oauth2.resourceserver.jwt.*}
 * in every application; it only learns to remember the tokens it accepted ({@link RememberedTokens}).
 */
@AutoConfiguration
@ConditionalOnClass(JwtDecoder.class)
public class RememberedTokensAutoConfiguration {

    /** Distinct tokens remembered at once (about 3 KB each); one more is simply checked in full. */
    static final int REMEMBERED = 10_000;

    /** The longest a token is remembered, whatever its expiry: the JWK set's own cache time. */
    static final Duration MAXIMUM_AGE = Duration.ofMinutes(5);

    @Bean
    static BeanPostProcessor decoderRemembersAcceptedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof RememberedTokens)
                        ? new RememberedTokens(
                                decoder, REMEMBERED, MAXIMUM_AGE, Clock.systemUTC(), Ticker.systemTicker())
                        : bean;
            }
        };
    }
}
