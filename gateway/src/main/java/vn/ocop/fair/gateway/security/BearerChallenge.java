package vn.ocop.fair.gateway.security;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one {@code WWW-Authenticate} value the public port ever shows: {@code Bearer realm="ocop-fair"},
 * plus, for a refused token, the RFC 6750 {@code error} and a fixed {@code error_description}. Never a
 * host name, address or URL: Spring Security's own challenge carries a {@code resource_metadata} URL
 * built from the Host header (and, from a service, the service's internal address).
 */
public final class BearerChallenge {

    public static final String REALM = "Bearer realm=\"ocop-fair\"";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "invalid_request", "The request is malformed",
            "invalid_token", "The access token is invalid or expired",
            "insufficient_scope", "The access token's roles do not allow this request");

    private static final Pattern ERROR = Pattern.compile("(?:^|[\\s,])error=\"?([A-Za-z_]+)\"?");

    private BearerChallenge() {}

    /** The challenge for an RFC 6750 error code; an unknown or absent code gives the bare realm. */
    public static String of(@Nullable String error) {
        String description = error == null ? null : DESCRIPTIONS.get(error);
        return description == null
                ? REALM
                : REALM + ", error=\"" + error + "\", error_description=\"" + description + "\"";
    }

    /** A service's challenge, reduced to the realm and its RFC 6750 error code. */
    public static String fromService(String challenge) {
        Matcher error = ERROR.matcher(challenge);
        return of(error.find() ? error.group(1).toLowerCase(Locale.ROOT) : null);
    }
}
